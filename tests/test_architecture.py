"""The dependency direction, read from the source: models/text <- ingest, search <- qa <- tg, cli."""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).parent.parent / "bot"

# May read the environment through bot.config: the entry points only.
CONFIG_READERS = {"bot.cli", "bot.tg.app", "bot.__main__"}
# The command line starts the Telegram bot (`serve`), so it alone outside bot/tg may reach bot.tg — through its app.
TG_ENTRY = {"bot.cli": {"bot.tg.app"}}
# Which core packages each core package may import (besides itself); bot.errors, bot.models and bot.text are the base.
BASE = {"bot.errors", "bot.models", "bot.text"}
LAYERS = {
    "bot.errors": set(),
    "bot.models": set(),
    "bot.text": set(),
    "bot.ingest": BASE,
    "bot.search": BASE | {"bot.ingest"},
    "bot.qa": BASE | {"bot.ingest", "bot.search"},
}


def _module_name(path: Path, root: Path = BOT.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path = BOT.parent) -> set[str]:
    """Every module an import statement names, relative imports resolved; 'from a import b' gives a and a.b."""
    module = _module_name(path, root)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


MODULES = {_module_name(path): _imports(path) for path in sorted(BOT.rglob("*.py"))}


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_modules_were_found():
    assert {"bot.cli", "bot.text", "bot.qa.service", "bot.search.engine", "bot.ingest.loaders"} <= set(MODULES)


@pytest.mark.parametrize("module", sorted(name for name in MODULES if not _within(name, "bot.tg")))
def test_only_the_telegram_layer_imports_telegram(module):
    imported = MODULES[module]
    entries = TG_ENTRY.get(module, set())

    assert not [name for name in imported if _within(name, "telegram")]
    assert not [
        name for name in imported if _within(name, "bot.tg") and not any(_within(name, entry) for entry in entries)
    ]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_the_entry_points_read_the_configuration(module):
    reads_config = any(_within(name, "bot.config") for name in MODULES[module])

    assert not reads_config or module in CONFIG_READERS


@pytest.mark.parametrize(
    "module", sorted(name for name in MODULES if any(_within(name, layer) for layer in LAYERS)), ids=str
)
def test_core_imports_point_down_the_layers(module):
    layer = next(layer for layer in LAYERS if _within(module, layer))
    allowed = LAYERS[layer] | {layer}
    own = {name for name in MODULES[module] if name == "bot" or name.startswith("bot.")}

    wrong = {name for name in own if not any(_within(name, target) for target in allowed)}

    assert not wrong, f"{module} imports {sorted(wrong)}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from ..config import Settings", {"bot.config", "bot.config.Settings"}),
        ("from . import texts", {"bot.tg", "bot.tg.texts"}),
        ("import telegram.ext", {"telegram.ext"}),
        ("from bot import config", {"bot", "bot.config"}),
        ("def f():\n    from bot.tg.app import run", {"bot.tg.app", "bot.tg.app.run"}),
    ],
)
def test_the_checker_sees_every_import_form(tmp_path, source, expected):
    package = tmp_path / "bot" / "tg"
    package.mkdir(parents=True)
    (package / "x.py").write_text(source + "\n", encoding="utf-8")

    assert _imports(package / "x.py", root=tmp_path) == expected
