"""The agencies (perangkat daerah) of Kota Mojokerto: short name, full name and other spellings.

Used to seed the units of the demo event and to match the "Unit Kerja" column of imported sheets,
where every agency writes its own name differently.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Agency:
    short_name: str
    name: str
    aliases: tuple[str, ...] = ()


MOJOKERTO_AGENCIES: tuple[Agency, ...] = (
    Agency("Setda", "Sekretariat Daerah", ("Sekretariat Daerah Kota Mojokerto", "Sekda")),
    Agency("Setwan", "Sekretariat DPRD", ("Sekretariat Dewan Perwakilan Rakyat Daerah", "Sekretariat Dewan")),
    Agency("Disdikbud", "Dinas Pendidikan dan Kebudayaan", ("Dinas Pendidikan", "Dindik")),
    Agency("Disporapar", "Dinas Kepemudaan, Olahraga dan Pariwisata", ("Dinas Pemuda Olahraga dan Pariwisata",)),
    Agency(
        "Dinkes PPKB",
        "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
        ("Dinkes", "Dinas Kesehatan", "Dinkes P2KB", "Dinkes PPKB Kota Mojokerto"),
    ),
    Agency(
        "Dinsos P3A",
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
        ("Dinsos", "Dinas Sosial", "Dinsos PPPA"),
    ),
    Agency(
        "DPUPR Perkim",
        "Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman",
        ("DPUPR", "Dinas PUPR", "DPUPRPERKIM", "Dinas PUPR Perkim"),
    ),
    Agency(
        "DPMPTSP",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        ("DPM PTSP", "Dinas Penanaman Modal dan PTSP"),
    ),
    Agency(
        "Diskopukmperindag",
        "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan",
        ("Diskopukm", "Disperindag", "Diskopukmperindag Kota Mojokerto"),
    ),
    Agency("DKPP", "Dinas Ketahanan Pangan dan Pertanian", ("Dinas Pertanian", "Dinas Ketahanan Pangan")),
    Agency("DLH", "Dinas Lingkungan Hidup", ()),
    Agency("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", ("Dispendukcapil", "Dukcapil")),
    Agency("Dishub", "Dinas Perhubungan", ()),
    Agency("Diskominfo", "Dinas Komunikasi dan Informatika", ("Kominfo", "Dinas Kominfo")),
    Agency("Dispusip", "Dinas Perpustakaan dan Kearsipan", ("Dinas Perpustakaan", "Disperpusip")),
    Agency(
        "RSUD dr. Wahidin Sudiro Husodo",
        "Rumah Sakit Umum Daerah dr. Wahidin Sudiro Husodo",
        ("RSUD", "RSUD Wahidin", "RSUD dr Wahidin Sudiro Husodo", "RSUD Kota Mojokerto"),
    ),
    Agency("Satpol PP", "Satuan Polisi Pamong Praja", ("Satpol", "Satpol PP dan Damkar")),
    Agency("Inspektorat", "Inspektorat Daerah", ("Inspektorat Kota Mojokerto",)),
    Agency(
        "Bapperida",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        ("Bappeda", "Bappedalitbang", "Bapperida Kota Mojokerto"),
    ),
    Agency("BPKPD", "Badan Pengelolaan Keuangan dan Pendapatan Daerah", ("BPPKAD", "BPKAD", "Bapenda")),
    Agency(
        "BKPSDM",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        ("BKD", "BKPSDM Kota Mojokerto", "Badan Kepegawaian Daerah"),
    ),
    Agency("Bakesbangpol", "Badan Kesatuan Bangsa dan Politik", ("Kesbangpol", "Bakesbangpol Kota Mojokerto")),
    Agency("BPBD", "Badan Penanggulangan Bencana Daerah", ()),
    Agency("Kecamatan Magersari", "Kecamatan Magersari", ("Kec. Magersari", "Magersari")),
    Agency("Kecamatan Prajurit Kulon", "Kecamatan Prajurit Kulon", ("Kec. Prajurit Kulon", "Prajurit Kulon")),
    Agency("Kecamatan Kranggan", "Kecamatan Kranggan", ("Kec. Kranggan", "Kranggan")),
)
