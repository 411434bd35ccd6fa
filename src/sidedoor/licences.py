"""Licences and the attributions the data publishers require (shown by `sidedoor about`,
the README and the web UI)."""

from __future__ import annotations

from dataclasses import dataclass

ONET_ATTRIBUTION = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA. sidedoor has modified all or some of this "
    "information. USDOL/ETA has not approved, endorsed, or tested these modifications."
)
ESCO_ATTRIBUTION = "ESCO classification, European Commission."
OEWS_ATTRIBUTION = (
    "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025."
)


@dataclass(frozen=True)
class DataLicence:
    name: str
    title: str
    version: str
    licence: str
    attribution: str
    url: str


DATA_LICENCES: tuple[DataLicence, ...] = (
    DataLicence(
        "onet",
        "O*NET 29.3 Database",
        "29.3",
        "CC BY 4.0",
        ONET_ATTRIBUTION,
        "https://www.onetcenter.org/database.html",
    ),
    DataLicence(
        "esco",
        "ESCO classification",
        "1.2.0",
        "© European Union, reuse with attribution",
        ESCO_ATTRIBUTION,
        "https://esco.ec.europa.eu/en/use-esco/download",
    ),
    DataLicence(
        "oews",
        "BLS Occupational Employment and Wage Statistics",
        "May 2025",
        "U.S. public domain",
        OEWS_ATTRIBUTION,
        "https://www.bls.gov/oes/",
    ),
)

SOFTWARE_LICENCE = "Apache-2.0"
