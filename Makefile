# Two commands for a fresh machine (see README):  make demo  ·  make test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# CPU-only torch. Elsewhere set TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu to avoid a CUDA build.
TORCH_VERSION ?= 2.13.0
TORCH_INDEX_URL ?=
QUESTION ?= Đảng viên dự bị bao lâu thì được xét chuyển chính thức?

.PHONY: install demo test lint bench serve clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "torch==$(TORCH_VERSION)" $(if $(TORCH_INDEX_URL),--index-url $(TORCH_INDEX_URL))
	$(BIN)/python -m pip install --quiet -e ".[dev,plot]"
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/python -m bot ask "$(QUESTION)"

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/quality.py bench/devset.jsonl

serve: install
	$(BIN)/python -m bot serve

clean:
	rm -rf $(VENV) index/build-* index/CURRENT index/.tmp-*
