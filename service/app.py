"""The Flask application factory."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from service.api import bp as api_bp
from service.config import Config, load_config
from service.errors import register_error_handlers
from service.pipeline import Pipeline


def create_app(config: Config | None = None, pipeline: Pipeline | None = None) -> Flask:
    config = config or load_config()
    app = Flask(__name__)
    app.config["BILINGUA"] = config
    # JSON may escape every character as \uXXXX: leave room for that, then count characters
    app.config["MAX_CONTENT_LENGTH"] = config.max_chars * 6 + 64 * 1024
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    app.extensions["bilingua.pipeline"] = pipeline or Pipeline(Path(config.packages_dir), config.engine)
    register_error_handlers(app)
    app.register_blueprint(api_bp)
    return app
