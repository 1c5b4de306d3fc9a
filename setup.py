"""Ship the top-level ``resources/`` folder inside the wheel as ``asn_event.resources``.

Everything else is declared in pyproject.toml; this file exists only because setuptools'
declarative ``packages.find`` cannot add a package that lives outside the package tree.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["asn_event", "asn_event.*"]), "asn_event.resources"],
    package_dir={"asn_event.resources": "resources"},
)
