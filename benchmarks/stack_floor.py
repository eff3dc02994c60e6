"""The stack floor: the least any app on this product's stack can do before it paints.

A bare Textual app that first imports pydantic and validates one strict model, as
wfinterview must before the screen takes over the terminal. Start-up goals are ratios
to this, measured in the same run.
"""

from pydantic import BaseModel, ConfigDict
from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class Probe(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: str
    minutes: int


class StackFloorApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("stack floor ready", id="text")
        yield Footer()


if __name__ == "__main__":
    Probe.model_validate({"name": "floor", "minutes": 25})
    StackFloorApp().run()
