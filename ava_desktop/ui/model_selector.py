"""Per-tab provider and model choice: providers grouped, models fetched without blocking.

Models of OpenAI-compatible endpoints come from their ``/models`` route, fetched once per
endpoint in the background and cached app-wide (``ModelCatalog``); the model box stays
editable so a name the server does not list can still be typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ava_desktop.core.providers import ProviderError
from ava_desktop.core.targets import LOCAL_KEY, Target
from ava_desktop.ui.messages import error_text


class ModelCatalog(QObject):
    """App-wide cache of each target's model list; ``modelsChanged(key)`` when one arrives."""

    modelsChanged = Signal(str)

    def __init__(self, spawn: Callable[..., Any], session_getter: Callable[[], Any],
                 proxy_for: Callable[[Target], str | None] = lambda _t: None) -> None:
        super().__init__()
        self._spawn = spawn
        self._session = session_getter
        self._proxy = proxy_for
        self._models: dict[str, list[str]] = {}
        self._errors: dict[str, str] = {}
        self._loading: set[str] = set()
        self._infos: dict[str, list[Any]] = {}  # ModelInfo per target, as the server said

    def models(self, target: Target) -> list[str]:
        if target.key in self._models:
            return self._models[target.key]
        return list(target.models)

    def infos(self, target: Target) -> list[Any]:
        """The model list with limits (``ModelInfo``) when the server gave one."""
        return self._infos.get(target.key, [])

    def error(self, target: Target) -> str | None:
        return self._errors.get(target.key)

    def loading(self, target: Target) -> bool:
        return target.key in self._loading

    def ensure(self, target: Target, refresh: bool = False) -> None:
        """Start fetching ``target``'s models unless cached or already on the way."""
        if not target.lists_models or target.key in self._loading:
            return
        if target.key in self._models and not refresh:
            return
        self._loading.add(target.key)
        self._spawn(self._fetch(target), name=f"models:{target.key}")

    def put(self, key: str, models: Sequence[str]) -> None:
        self._models[key] = list(models)
        self._errors.pop(key, None)
        self.modelsChanged.emit(key)

    async def _fetch(self, target: Target) -> None:
        try:
            infos = await target.fetch_model_info(self._session(), self._proxy(target))
            models = [info.id for info in infos]
            self._infos[target.key] = infos  # context windows, for the context meter
        except ProviderError as exc:
            self._loading.discard(target.key)
            self._errors[target.key] = error_text(exc)
            self.modelsChanged.emit(target.key)
        except BaseException:
            self._loading.discard(target.key)
            raise
        else:
            self._loading.discard(target.key)
            self.put(target.key, list(dict.fromkeys([*models, *target.models])))


class ModelSelector(QWidget):
    """A provider box and an editable model box; emits ``changed(target_key, model)``."""

    changed = Signal(str, str)

    def __init__(self, catalog: ModelCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._targets: list[Target] = []
        self.provider_box = QComboBox(self)
        self.provider_box.setObjectName("providerBox")
        self.provider_box.setToolTip(self.tr("Provider or endpoint"))
        self.provider_box.setPlaceholderText(self.tr("No provider chosen"))
        # as wide as its longest name where there is room, narrower (elided) on an 800 px
        # window: a long endpoint name must not set the window's least width
        self.provider_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.provider_box.setMinimumWidth(self.provider_box.fontMetrics().averageCharWidth() * 16)
        self.model_box = QComboBox(self)
        self.model_box.setObjectName("modelBox")
        self.model_box.setEditable(True)
        self.model_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_box.setToolTip(self.tr("Model (pick one or type a name)"))
        self.model_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model_box.setMinimumContentsLength(18)
        self.status = QLabel(self)
        self.status.setObjectName("modelStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.provider_box)
        layout.addWidget(self.model_box, 1)
        layout.addWidget(self.status)
        self.provider_box.currentIndexChanged.connect(self._on_provider)
        self.model_box.currentTextChanged.connect(self._emit)
        catalog.modelsChanged.connect(self._on_models_changed)

    # ------------------------------------------------------------ population
    def target_name(self, target: Target) -> str:
        """An endpoint's name as shown: the built-in "Local" in the UI language."""
        return self.tr("Local") if target.key == LOCAL_KEY else target.name

    def target_label(self, target: Target) -> str:
        """The provider box's entry (core's ``Target.label`` in the UI language)."""
        name = self.target_name(target)
        return name if target.working else self.tr("{name} (offline)").format(name=name)

    def set_targets(self, targets: Sequence[Target], current_key: str | None = None) -> None:
        keep_model = self.model()
        self._targets = list(targets)
        self.provider_box.blockSignals(True)
        self.provider_box.clear()
        for target in self._targets:
            self.provider_box.addItem(self.target_label(target), target.key)
            if not target.working:
                idx = self.provider_box.count() - 1
                self.provider_box.setItemData(
                    idx, self.tr("{name} is offline: its service no longer answers.").format(
                        name=self.target_name(target)),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.provider_box.blockSignals(False)
        key = current_key if current_key is not None else self.target_key()
        index = self.provider_box.findData(key) if key else -1
        if index < 0:  # nothing chosen: a working target, never an offline one by default
            index = next((i for i, t in enumerate(self._targets) if t.working), -1)
        self.provider_box.setCurrentIndex(index)
        self._on_provider(index, keep_model=keep_model)

    def select(self, key: str | None, model: str | None) -> None:
        index = self.provider_box.findData(key) if key else -1
        if index >= 0:
            self.provider_box.setCurrentIndex(index)
        if model:
            self.model_box.setCurrentText(model)

    # --------------------------------------------------------------- queries
    def target(self) -> Target | None:
        index = self.provider_box.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def target_key(self) -> str | None:
        target = self.target()
        return target.key if target else None

    def model(self) -> str:
        return self.model_box.currentText().strip()

    # ----------------------------------------------------------------- slots
    def _on_provider(self, index: int, keep_model: str | None = None) -> None:
        target = self.target()
        if target is None:
            self.status.setText("")
            self.model_box.clear()
            return
        self._catalog.ensure(target)
        self._fill_models(target, prefer=keep_model or target.default_model)
        self._update_status(target)
        self._emit()

    def _on_models_changed(self, key: str) -> None:
        target = self.target()
        if target is not None and target.key == key:
            self._fill_models(target, prefer=self.model())
            self._update_status(target)

    def _fill_models(self, target: Target, prefer: str | None) -> None:
        models = self._catalog.models(target)
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItems(models)
        choice = prefer or target.default_model or (models[0] if models else "")
        self.model_box.setCurrentText(choice or "")
        self.model_box.blockSignals(False)

    def _update_status(self, target: Target) -> None:
        if not target.working:
            self.status.setText(self.tr("offline"))
            self.status.setToolTip(self.tr("{name} is offline: its service no longer answers.")
                                   .format(name=self.target_name(target)))
        elif self._catalog.loading(target):
            self.status.setText(self.tr("loading models…"))
            self.status.setToolTip("")
        elif error := self._catalog.error(target):
            self.status.setText(self.tr("models unavailable"))
            self.status.setToolTip(error)
        else:
            self.status.setText("")
            self.status.setToolTip("")

    def _emit(self, *_args: Any) -> None:
        key = self.target_key()
        if key is not None:
            self.changed.emit(key, self.model())
