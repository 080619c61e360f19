"""openapi-python-client, run in-process on the Python view: its parser names the classes (models, enums, inline
objects), `generator/fields.py` and `generator/methods.py` plan every model and resource module from the model of the
contract and those names, and the templates under `overrides/templates/` print the plans.

Only its parser and its file layout are used: the templates are handed plans, never its property objects, and nothing
is written that videoconf does not import (no per-operation module, no `client.py` or `errors.py` of its own).
"""

from __future__ import annotations

import contextlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData, import_string_from_class
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import LiteralEnumProperty

from generator import fields, methods, model

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "overrides" / "templates"
CONFIG = ROOT / "generator" / "config.yaml"

# The templates videoconf prints its plans with; of openapi-python-client's own, only these two are rendered.
OURS = (
    "package_init.py.jinja",
    "types.py.jinja",
    "model.py.jinja",
    "str_enum.py.jinja",
    "int_enum.py.jinja",
    "endpoint_init.py.jinja",
)
UPSTREAM = ("models_init.py.jinja", "api_init.py.jinja")


class GenerationFailed(RuntimeError):
    """openapi-python-client refused the view or warned about it; the message lists what it said."""


class EnumPlan:
    """What `str_enum.py.jinja` and `int_enum.py.jinja` print: the class, its description and its members."""

    def __init__(self, enum: Any) -> None:
        self.cls = str(enum.class_info.name)
        self.module = str(enum.class_info.module_name)
        self.description = fields.raw(enum.description)
        values: dict[str, Any] = dict(enum.values)
        # String members in the order of their names, as openapi-python-client writes them; integers as listed.
        self.members = sorted(values.items()) if enum.value_type is str else list(values.items())
        self.integer = enum.value_type is int


@dataclass
class Plans:
    """Everything the templates print: per model class, per enum class and per resource module."""

    models: list[fields.ModelPlan]
    enums: list[EnumPlan]
    resources: dict[str, methods.Resource]
    """By module (`signal_wire_rooms`)."""
    model_imports: list[str]
    """The models package's imports of every class, as openapi-python-client lists them."""


def _config(target: Path) -> Config:
    return Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.NONE, CONFIG, "utf-8", True, target)


def parse(view: dict[str, Any], target: Path) -> tuple[GeneratorData, Config]:
    """openapi-python-client's reading of the Python view (the classes it names), for a package written to `target`."""
    config = _config(target)
    openapi = GeneratorData.from_dict(view, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationFailed(_problems([openapi]))
    return openapi, config


def plan(contract: model.Contract, openapi: GeneratorData) -> Plans:
    """The plans of every model, enum and resource module, from the model and the parser's classes."""
    enums = []
    for enum in openapi.enums:
        if isinstance(enum, LiteralEnumProperty):
            raise GenerationFailed(f"{enum.class_info.name}: literal enums are not configured")
        enums.append(EnumPlan(enum))
    collections = openapi.endpoint_collections_by_tag
    return Plans(
        models=[fields.model_plan(prop) for prop in openapi.models],
        enums=enums,
        resources={
            resource.module: methods.resource_plan(contract, resource, collections[resource.module])  # type: ignore[index]
            for resource in contract.resources
        },
        model_imports=[import_string_from_class(c.class_info) for c in [*openapi.models, *openapi.enums]],
    )


class _Project(Project):
    """openapi-python-client's project, rendering videoconf's templates with the plans."""

    def __init__(self, openapi: GeneratorData, config: Config, plans: Plans) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        self.plans = plans

    def _build_models(self) -> None:
        models_dir = self.package_dir / "models"
        shutil.rmtree(models_dir, ignore_errors=True)
        models_dir.mkdir()
        template = self.env.get_template("model.py.jinja")
        for model_plan in self.plans.models:
            (models_dir / f"{model_plan.module}.py").write_text(template.render(plan=model_plan), encoding="utf-8")
        for enum in self.plans.enums:
            text = self.env.get_template("int_enum.py.jinja" if enum.integer else "str_enum.py.jinja")
            (models_dir / f"{enum.module}.py").write_text(text.render(plan=enum), encoding="utf-8")
        names = [found.cls for found in self.plans.models] + [enum.cls for enum in self.plans.enums]
        init = self.env.get_template("models_init.py.jinja").render(imports=self.plans.model_imports, alls=names)
        (models_dir / "__init__.py").write_text(init, encoding="utf-8")

    def _build_api(self) -> None:
        api_dir = self.package_dir / "api"
        shutil.rmtree(api_dir, ignore_errors=True)
        api_dir.mkdir()
        (api_dir / "__init__.py").write_text(self.env.get_template("api_init.py.jinja").render(), encoding="utf-8")
        template = self.env.get_template("endpoint_init.py.jinja")
        for module, resource in self.plans.resources.items():
            (api_dir / module).mkdir()
            (api_dir / module / "__init__.py").write_text(template.render(plan=resource), encoding="utf-8")


def _problems(errors: list[GeneratorError]) -> str:
    return "\n".join(f"{error.level.value}: {error.header} {error.detail or ''}".strip() for error in errors)


def generate(contract: model.Contract, target: Path) -> None:
    """Writes the package `_generated` (models, enums, resource modules, `types.py`) into `target`."""
    openapi, config = parse(contract.view, target)
    # Its project announces on standard output what it writes; that is no news for `make generate`.
    with contextlib.redirect_stdout(io.StringIO()):
        errors = list(_Project(openapi, config, plan(contract, openapi)).build())
    if errors:
        raise GenerationFailed(f"openapi-python-client warned:\n{_problems(errors)}")
