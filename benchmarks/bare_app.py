"""The baseline: a bare Textual app that shows one line and ticks a clock once a second."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare textual app ready", id="text")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(
            1.0, lambda: self.query_one("#text", Static).update("bare textual app ready")
        )


if __name__ == "__main__":
    BareApp().run()
