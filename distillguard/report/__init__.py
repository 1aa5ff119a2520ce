"""Report: one self-contained HTML file per scan (see `html.render_report`)."""

from distillguard.report.html import register_section, render_report, write_report

__all__ = ["register_section", "render_report", "write_report"]
