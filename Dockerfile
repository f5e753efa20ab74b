# Party-documents assistant: python -m bot serve (Telegram long polling, or webhook when WEBHOOK_URL is set).
#   docker build -t party-docs-bot .
#   docker build --build-arg EMBEDDING_MODEL=intfloat/multilingual-e5-base -t party-docs-bot:e5-base .
#   docker compose up -d          (compose.yaml: restart policy, volumes, .env)
FROM python:3.11-slim

ARG TORCH_VERSION=2.13.0
ARG EMBEDDING_MODEL=multilingual-e5-small

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HOME=/opt/hf \
    MODEL_CACHE_DIR=/opt/models \
    HF_HUB_OFFLINE=1 \
    EMBEDDING_MODEL=${EMBEDDING_MODEL} \
    KNOWLEDGE_DIR=/app/knowledge \
    INDEX_DIR=/app/index \
    QUERY_LOG_PATH=/app/data/queries.sqlite3 \
    HEARTBEAT_PATH=/app/data/heartbeat

WORKDIR /app

# CPU-only torch from PyTorch's CPU index: the default PyPI wheel would pull several GB of CUDA libraries.
RUN pip install --index-url https://download.pytorch.org/whl/cpu "torch==${TORCH_VERSION}"

COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .

# Bake the model in at build time; at run time the product only reads it from disk.
COPY docker/fetch_model.py /tmp/fetch_model.py
RUN HF_HUB_OFFLINE=0 python /tmp/fetch_model.py "${EMBEDDING_MODEL}" && rm /tmp/fetch_model.py \
    && mkdir -p /opt/hf /opt/models && chmod -R a+rX /opt/hf /opt/models

COPY knowledge ./knowledge
COPY docker/entrypoint.sh /usr/local/bin/entrypoint.sh
# uid 10001 is the default bot user; the entrypoint may run the bot as the knowledge folder's owner instead.
RUN chmod 755 /usr/local/bin/entrypoint.sh \
    && useradd --create-home --uid 10001 bot \
    && mkdir -p /app/index /app/data /app/knowledge/uploads \
    && chown -R bot:bot /app/knowledge /app/index /app/data \
    && chmod 700 /app/data

VOLUME ["/app/knowledge", "/app/index", "/app/data"]

# Healthy while updates arrive: the bot touches data/heartbeat every 30 s only while Telegram answers its
# long polls (or its webhook server runs). The start period covers loading the model and a first index build.
HEALTHCHECK --interval=60s --timeout=15s --start-period=600s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# Starts as root to make bind-mounted volumes writable, then drops to an unprivileged user (docker/entrypoint.sh).
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["python", "-m", "bot", "serve"]
