"""A file's stamp (core/storage/stamps.py): size, change times and inode of each regular
file in a folder, by name, and a stamp read back from an index only when it is four
whole numbers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wfinterview.core.storage.stamps import stamp_from_json, stamps_in


def test_only_regular_files_with_the_suffix_are_stamped(tmp_path: Path) -> None:
    (tmp_path / "s1.json").write_bytes(b"12345")
    (tmp_path / "s2.json").write_bytes(b"")
    (tmp_path / "notes.txt").write_bytes(b"x")
    (tmp_path / "s3.json").mkdir()
    os.symlink(tmp_path / "s1.json", tmp_path / "s4.json")  # never followed
    info = (tmp_path / "s1.json").stat()
    found = stamps_in(tmp_path)
    assert sorted(found) == ["s1", "s2"]
    assert found["s1"] == (5, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
    assert found["s2"][0] == 0
    assert list(stamps_in(tmp_path, ".txt")) == ["notes"]
    assert stamps_in(tmp_path / "nowhere") == {}


def test_a_stamp_is_read_back_only_as_four_whole_numbers() -> None:
    assert stamp_from_json([5, 6, 7, 8]) == (5, 6, 7, 8)
    for bad in ([5, 6, 7], [5, 6, 7, 8, 9], (5, 6, 7, 8), [5, 6, 7, 8.0], [5, 6, 7, True], None):
        with pytest.raises(TypeError):
            stamp_from_json(bad)
