"""``storyline serve``: loopback by default, another address only with --allow-remote."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from storyline.cli import _is_loopback, main


def test_serve_refuses_remote_without_flag(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"]
    )
    assert result.exit_code == 2
    assert "--allow-remote" in result.output


def test_serve_needs_a_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0
    assert "no database" in result.output


def test_loopback_addresses() -> None:
    assert _is_loopback("127.0.0.1") and _is_loopback("localhost") and _is_loopback("::1")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.4")
    assert not _is_loopback("example.com")
