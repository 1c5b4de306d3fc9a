<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="149"/>
        <source>Server basis data</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="151"/>
        <source>Coba lagi setelah jaringan atau server menyala. Berkas di laptop ini dapat dipakai sementara, tetapi pindaiannya terpisah dari meja lain sampai digabungkan (Acara &gt; Cadangan &gt; Gabungkan dari laptop lain).</source>
        <translation>Try again once the network or the server is up. The file on this laptop can be used for now, but its scans stay apart from the other desks until merged (Event &gt; Backup &gt; Merge from another laptop).</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="154"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="155"/>
        <source>Pakai berkas di laptop ini</source>
        <translation>Use the file on this laptop</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="156"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="44"/>
        <source>Tentang %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="54"/>
        <source>Versi %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="67"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="69"/>
        <source>Buka folder data</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="82"/>
        <source>Basis data yang dibuka</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="83"/>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="84"/>
        <source>Catatan teknis (log)</source>
        <translation>Technical log</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="85"/>
        <source>Pengaturan laptop ini</source>
        <translation>Settings for this laptop</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="89"/>
        <source>Huruf Noto Sans dan Noto Serif: SIL Open Font License 1.1 (%1)</source>
        <translation>Fonts Noto Sans and Noto Serif: SIL Open Font License 1.1 (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="92"/>
        <source>Ikon Lucide: lisensi ISC (%1)</source>
        <translation>Lucide icons: ISC licence (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="93"/>
        <source>Ikon aplikasi dan bunyi meja: buatan proyek ini, MIT; bunyi timer: CC0 (%1)</source>
        <translation>Application icon and desk sounds: made by this project, MIT; timer sounds: CC0 (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="96"/>
        <source>Qt for Python (PySide6): LGPL v3; Python %1: lisensi PSF</source>
        <translation>Qt for Python (PySide6): LGPL v3; Python %1: PSF licence</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="100"/>
        <source>SQLAlchemy, Alembic, ReportLab, openpyxl, zxing-cpp, Pillow, Babel, cryptography: lisensi masing-masing (MIT, BSD, Apache 2.0)</source>
        <translation>SQLAlchemy, Alembic, ReportLab, openpyxl, zxing-cpp, Pillow, Babel, cryptography: their own licences (MIT, BSD, Apache 2.0)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="106"/>
        <source>Check-in dengan kode QR, timer panggung, umpan balik, sertifikat dan laporan acara pembinaan ASN, sepenuhnya tanpa internet.</source>
        <translation>QR-code check-in, stage timer, feedback, certificates and reports for civil-service coaching events, entirely offline.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="109"/>
        <source>Di mana data disimpan</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/about.py" line="109"/>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>AcaraPage</name>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="60"/>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="90"/>
        <source>Judul acara</source>
        <translation>Event title</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="91"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="95"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="105"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="112"/>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="114"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="115"/>
        <source>Kota (tempat tanda tangan)</source>
        <translation>City (place of signing)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="116"/>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="122"/>
        <source>Jam pelajaran</source>
        <translation>Learning hours (JP)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="123"/>
        <source>Nama penandatangan</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="124"/>
        <source>Jabatan penandatangan</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="125"/>
        <source>NIP penandatangan</source>
        <translation>Signer&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="127"/>
        <source>Kode acara</source>
        <translation>Event code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="128"/>
        <source>dibuat otomatis, mis. SINAR-20251117</source>
        <translation>set automatically, e.g. SINAR-20251117</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="137"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="140"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="151"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="156"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="157"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="158"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="159"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="175"/>
        <source>Acara lain</source>
        <translation>Other events</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="176"/>
        <location filename="../../asn_event/ui/events/page.py" line="305"/>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="178"/>
        <source>Salin untuk sesi berikutnya</source>
        <translation>Copy for next session</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="180"/>
        <source>Agenda, formulir umpan balik dan desain sertifikat ikut disalin; peserta tidak.</source>
        <translation>The agenda, feedback form and certificate design are copied; participants are not.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="185"/>
        <source>Salinan memakai agenda, formulir dan sertifikat acara ini, tanpa peserta.</source>
        <translation>The copy uses this event&apos;s agenda, form and certificate, without participants.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="189"/>
        <source>Hapus acara ini…</source>
        <translation>Delete this event…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="193"/>
        <source>Untuk acara uji: menghapus acara beserta pendaftaran, pindaian, agenda, umpan balik dan sertifikatnya.</source>
        <translation>For test events: deletes the event with its registrations, scans, agenda, feedback and certificates.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="202"/>
        <source>PIN kios</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="206"/>
        <source>Atur PIN kios…</source>
        <translation>Set kiosk PIN…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="208"/>
        <source>PIN panitia untuk keluar dari kios check-in mandiri dan kios umpan balik.</source>
        <translation>Organizer PIN to leave the self check-in kiosk and the feedback kiosk.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="306"/>
        <source>Data acara</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="307"/>
        <source>Sesi berikutnya (salinan)</source>
        <translation>Next session (copy)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="317"/>
        <source>Belum ada acara. Isi formulir di bawah untuk membuat acara.</source>
        <translation>No event yet. Fill in the form below to create one.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="326"/>
        <source>Belum ada PIN. Tanpa PIN, kios hanya bisa ditutup dengan pintasan petugas Ctrl+Shift+K.</source>
        <translation>No PIN yet. Without a PIN, a kiosk can only be closed with the staff shortcut Ctrl+Shift+K.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="330"/>
        <source>PIN sudah diatur. Hanya hash-nya yang disimpan.</source>
        <translation>PIN is set. Only its hash is stored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/page.py" line="338"/>
        <location filename="../../asn_event/ui/events/page.py" line="339"/>
        <source>%n orang</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="404"/>
        <source>PIN kios disimpan.</source>
        <translation>Kiosk PIN saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="416"/>
        <location filename="../../asn_event/ui/events/page.py" line="428"/>
        <source>Hapus acara</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="434"/>
        <source>Membuat cadangan dan menghapus acara…</source>
        <translation>Backing up and deleting the event…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="441"/>
        <source>Acara %1 dihapus.</source>
        <translation>Event %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="455"/>
        <source>Data acara disimpan.</source>
        <translation>Event details saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="459"/>
        <source>Sesi berikutnya dibuat dari salinan acara.</source>
        <translation>Next session created as a copy of the event.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="462"/>
        <source>Acara baru dibuat.</source>
        <translation>New event created.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/page.py" line="479"/>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AgendaEditModel</name>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="37"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="38"/>
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="39"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="40"/>
        <source>Kuning</source>
        <translation>Amber</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="41"/>
        <source>Merah</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="62"/>
        <source>Tambah sesi</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="63"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="64"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="65"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="66"/>
        <source>Pakai agenda baku</source>
        <translation>Use standard agenda</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="67"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="68"/>
        <source>Simpan agenda</source>
        <translation>Save agenda</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="86"/>
        <source>Klik dua kali untuk mengubah. Seret baris (atau Naik/Turun) untuk mengubah urutan. Menit 1–240; batas kuning dan merah dalam menit:detik (bawaan 2:00 dan 0:30). Menyimpan agenda tidak menghentikan timer yang sedang berjalan.</source>
        <translation>Double-click to edit. Drag a row (or use Up/Down) to reorder. Minutes 1–240; amber and red limits in min:sec (default 2:00 and 0:30). Saving the agenda does not stop a running timer.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_editor.py" line="137"/>
        <source>Sesi baru</source>
        <translation>New session</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../asn_event/ui/checkin/attendance_panel.py" line="31"/>
        <source>Hadir – / –</source>
        <translation>Present – / –</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/attendance_panel.py" line="46"/>
        <source>Belum hadir per unit</source>
        <translation>Not yet here, by unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/attendance_panel.py" line="59"/>
        <source>Hadir %1 / %2</source>
        <translation>Present %1 / %2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/attendance_panel.py" line="71"/>
        <source>Semua peserta sudah hadir.</source>
        <translation>Everyone has arrived.</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="54"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="59"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="61"/>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="63"/>
        <source>Gabungkan dari laptop lain…</source>
        <translation>Merge from another laptop…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="65"/>
        <source>Check-in, peserta langsung dan umpan balik dari salinan basis data laptop lain.</source>
        <translation>Check-ins, walk-ins and feedback from another laptop&apos;s copy of the database.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="85"/>
        <source>Basis data server: cadangkan dengan alat server (pg_dump).</source>
        <translation>Server database: back it up with the server&apos;s tools (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="89"/>
        <source>Cadangan terakhir GAGAL: %1</source>
        <translation>Last backup FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="93"/>
        <source>Belum ada cadangan yang utuh. Cadangan dibuat otomatis tiap 10 menit bila ada perubahan.</source>
        <translation>No verified backup yet. Backups are made automatically every 10 minutes when something changed.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="97"/>
        <source>Cadangan utuh terakhir: %1 (%2 acara, %3 pendaftaran, %4 hadir). Otomatis tiap 10 menit.</source>
        <translation>Last verified backup: %1 (%2 events, %3 registrations, %4 present). Automatic every 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="114"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="123"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="137"/>
        <source>Ganti seluruh basis data dengan cadangan ini?
%1
%2 acara, %3 pendaftaran, %4 hadir.
Basis data sekarang disimpan dulu di folder cadangan.</source>
        <translation>Replace the whole database with this backup?
%1
%2 events, %3 registrations, %4 present.
The current database is kept in the backup folder first.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="156"/>
        <source>Dipulihkan dari %1 (%2 pendaftaran). Basis data sebelumnya disimpan di %3.</source>
        <translation>Restored from %1 (%2 registrations). The previous database was kept at %3.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="166"/>
        <source>Pilih salinan dari laptop lain</source>
        <translation>Choose the copy from the other laptop</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="176"/>
        <source>Gabungkan dari laptop lain</source>
        <translation>Merge from another laptop</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="198"/>
        <source>Tidak ada acara yang sama di kedua berkas (dicocokkan dengan kode acara).</source>
        <translation>No event is in both files (matched by event code).</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="201"/>
        <source>Acara: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="202"/>
        <source>%1 check-in baru, %2 dibuat lebih awal, %3 peserta langsung, %4 umpan balik.</source>
        <translation>%1 new check-ins, %2 made earlier, %3 walk-ins, %4 feedback responses.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="209"/>
        <source>Perlu diperhatikan (%1):</source>
        <translation>Worth a look (%1):</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="211"/>
        <source>Salinan laptop lain digabungkan.</source>
        <translation>The other laptop&apos;s copy was merged.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="213"/>
        <source>Digabungkan</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="217"/>
        <source>Tidak digabungkan</source>
        <translation>Not merged</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../asn_event/ui/checkin/camera.py" line="38"/>
        <source>Pindai dengan kamera</source>
        <translation>Scan with camera</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/camera.py" line="53"/>
        <source>Kamera tidak ditemukan. Meja tetap bisa memakai pemindai USB atau pencarian nama.</source>
        <translation>No camera found. The desk can still use the USB scanner or name search.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/camera.py" line="57"/>
        <source>Tunjukkan kode QR undangan ke kamera.</source>
        <translation>Hold the invitation QR code up to the camera.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/camera.py" line="67"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/camera.py" line="83"/>
        <source>Kamera gagal: %1</source>
        <translation>Camera failed: %1</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="59"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="60"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="61"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="62"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="63"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="65"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="66"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="71"/>
        <source>Berhak (hadir)</source>
        <translation>Eligible (present)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="72"/>
        <source>Berhak (ditambah manual)</source>
        <translation>Eligible (added by hand)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="73"/>
        <source>Dikeluarkan manual</source>
        <translation>Removed by hand</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="74"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="75"/>
        <source>Belum isi umpan balik</source>
        <translation>No feedback yet</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="158"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/models.py" line="160"/>
        <source>Sudah</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/models.py" line="167"/>
        <source>dicetak %n kali</source>
        <translation>
            <numerusform>printed %n time</numerusform>
            <numerusform>printed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinKioskWindow</name>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="37"/>
        <source>Check-in mandiri</source>
        <translation>Self check-in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="62"/>
        <source>Arahkan kode QR undangan ke pemindai</source>
        <translation>Hold the invitation QR code to the scanner</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="67"/>
        <source>Petugas: tekan Esc dan masukkan PIN panitia untuk keluar.</source>
        <translation>Staff: press Esc and enter the organizer PIN to leave.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="90"/>
        <source>Silakan pindai undangan Anda</source>
        <translation>Please scan your invitation</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="91"/>
        <source>Tunjukkan kode QR pada undangan ke pemindai di bawah layar.</source>
        <translation>Show the QR code on your invitation to the scanner below the screen.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="118"/>
        <source>Anda sudah tercatat hadir pukul %1 WIB. Silakan masuk.</source>
        <translation>You are already checked in (at %1 WIB). Please go in.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="124"/>
        <source>KODE BELUM BISA DIBACA</source>
        <translation>THE CODE COULD NOT BE READ</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="125"/>
        <source>Silakan menuju meja registrasi.</source>
        <translation>Please go to the registration desk.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="126"/>
        <source>Petugas akan membantu Anda.</source>
        <translation>The staff there will help you.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="131"/>
        <source>Belum ada PIN kios</source>
        <translation>No kiosk PIN yet</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="133"/>
        <source>Atur PIN di halaman Check-in (PIN kios), atau petugas menekan %1.</source>
        <translation>Set a PIN on the Check-in page (Kiosk PIN), or staff press %1.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="139"/>
        <source>Keluar dari mode kios</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="139"/>
        <source>Masukkan PIN panitia:</source>
        <translation>Enter the organizer PIN:</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/kiosk.py" line="145"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="115"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="119"/>
        <source>Tanda tangan di meja</source>
        <translation>Sign at the desk</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="121"/>
        <source>Setelah check-in, peserta menandatangani di layar (bisa dilewati).</source>
        <translation>After check-in, the participant signs on screen (can be skipped).</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="146"/>
        <source>Pindai kode, atau ketik nama / NIP lalu Enter …</source>
        <translation>Scan a code, or type a name / NIP and press Enter …</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="176"/>
        <location filename="../../asn_event/ui/checkin/page.py" line="180"/>
        <source>Pindaian terakhir</source>
        <translation>Recent scans</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="192"/>
        <location filename="../../asn_event/ui/checkin/page.py" line="595"/>
        <source>Peserta baru</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="194"/>
        <source>Kamera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="196"/>
        <location filename="../../asn_event/ui/checkin/page.py" line="640"/>
        <source>Batalkan check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="199"/>
        <source>Mode kios</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="201"/>
        <source>PIN kios</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="212"/>
        <source>Tombol %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="252"/>
        <source>Belum ada acara. Buat acara di halaman Acara.</source>
        <translation>No event yet. Create one on the Event page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="257"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="326"/>
        <source>⚠ Koneksi ke server terputus. Pindaian disimpan dan dikirim ulang.</source>
        <translation>⚠ Connection to the server lost. Scans are kept and sent again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="394"/>
        <source>Pindaian tersimpan di memori saja (berkas tidak bisa ditulis: %1). Jangan tutup aplikasi.</source>
        <translation>Scans kept in memory only (the file cannot be written: %1). Do not close the app.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="399"/>
        <source>Terlalu banyak pindaian menunggu server. Catat nama peserta di kertas.</source>
        <translation>Too many scans waiting for the server. Write participants&apos; names on paper.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/checkin/page.py" line="433"/>
        <source>%n pindaian yang menunggu sudah tercatat.</source>
        <translation>
            <numerusform>%n waiting scan is now recorded.</numerusform>
            <numerusform>%n waiting scans are now recorded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="474"/>
        <source>sudah hadir %1</source>
        <translation>checked in %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="476"/>
        <source>belum hadir</source>
        <translation>not yet here</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="486"/>
        <source>Tidak ditemukan. Periksa ejaan, atau daftarkan sebagai peserta baru.</source>
        <translation>Not found. Check the spelling, or register as a new participant.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="511"/>
        <source>Beberapa nama cocok. Pilih dengan panah ↑/↓ lalu tekan Enter.</source>
        <translation>Several names match. Pick one with the ↑/↓ arrows, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="630"/>
        <source>Pilih pindaian di daftar &apos;Pindaian terakhir&apos; yang akan dibatalkan.</source>
        <translation>Select the scan to undo in the &apos;Recent scans&apos; list.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="763"/>
        <source>Meja aktif: –</source>
        <translation>Active desks: –</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="766"/>
        <source>%1 (meja ini)</source>
        <translation>%1 (this desk)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="770"/>
        <source>%1: %2 pindaian, terakhir %3</source>
        <translation>%1: %2 scans, last %3</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="764"/>
        <source>Meja aktif: belum ada pindaian dalam 10 menit terakhir.</source>
        <translation>Active desks: no scans in the last 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="767"/>
        <source>Meja aktif: %1</source>
        <translation>Active desks: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="645"/>
        <source>Check-in %1 dibatalkan</source>
        <translation>Check-in of %1 undone</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="646"/>
        <source>Check-in %1 dibatalkan.</source>
        <translation>Check-in of %1 undone.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="679"/>
        <source>Suara mati</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="679"/>
        <source>Suara</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/page.py" line="686"/>
        <source>PIN kios disimpan.</source>
        <translation>Kiosk PIN saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/status.py" line="50"/>
        <source>Kode tidak dikenal</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/status.py" line="51"/>
        <source>Kode terpotong</source>
        <translation>Incomplete code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/status.py" line="52"/>
        <source>Undangan acara lain</source>
        <translation>Invitation for another event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/status.py" line="53"/>
        <source>Kode tidak sah</source>
        <translation>Invalid code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/status.py" line="54"/>
        <source>Tidak terdaftar</source>
        <translation>Not registered</translation>
    </message>
</context>
<context>
    <name>CueAlerts</name>
    <message>
        <location filename="../../asn_event/ui/stage/window.py" line="173"/>
        <source>Suara tidak bisa diputar (%1). Kilat di layar panggung tetap berjalan.</source>
        <translation>Sound cannot be played (%1). The stage flash still works.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../asn_event/ui/shell/dates.py" line="61"/>
        <source>pukul %1 WIB</source>
        <translation>%1 WIB</translation>
    </message>
</context>
<context>
    <name>DeleteEventDialog</name>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="22"/>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="86"/>
        <source>Hapus acara</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="28"/>
        <source>Hapus acara %1 (%2)?</source>
        <translation>Delete the event %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="38"/>
        <source>%n pendaftaran</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="40"/>
        <source>(%n hadir)</source>
        <translation>
            <numerusform>(%n present)</numerusform>
            <numerusform>(%n present)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="41"/>
        <source>%n catatan pindai meja</source>
        <translation>
            <numerusform>%n desk scan record</numerusform>
            <numerusform>%n desk scan records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="42"/>
        <source>%n sesi agenda dan timernya</source>
        <translation>
            <numerusform>%n agenda segment and its timer</numerusform>
            <numerusform>%n agenda segments and their timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="43"/>
        <source>%n formulir umpan balik</source>
        <translation>
            <numerusform>%n feedback form</numerusform>
            <numerusform>%n feedback forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="45"/>
        <source>dengan %n jawaban</source>
        <translation>
            <numerusform>with %n response</numerusform>
            <numerusform>with %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="46"/>
        <source>%n sertifikat</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="48"/>
        <source>(%n sudah dicetak)</source>
        <translation>
            <numerusform>(%n printed)</numerusform>
            <numerusform>(%n printed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="50"/>
        <source>Ikut terhapus:</source>
        <translation>Deleted with it:</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="55"/>
        <source>Orang dan unit kerja tetap ada di daftar peserta.</source>
        <translation>People and agencies stay in the participant list.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="57"/>
        <source>Salinan basis data dibuat dulu, untuk jalan kembali.</source>
        <translation>A copy of the database is made first, as a way back.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="60"/>
        <source>Basis data server tidak dicadangkan otomatis: cadangkan dulu dengan pg_dump.</source>
        <translation>A server database is not backed up automatically: back it up first with pg_dump.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="68"/>
        <source>Hapus juga %n sertifikat yang sudah terbit</source>
        <translation>
            <numerusform>Also delete the %n issued certificate</numerusform>
            <numerusform>Also delete the %n issued certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="72"/>
        <source>Nomor sertifikat yang sudah terbit harus tetap bisa diperiksa. Simpan dulu register sertifikatnya (Laporan) sebelum menghapus.</source>
        <translation>Issued certificate numbers must stay verifiable. Save the certificate register first (Reports) before deleting.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/delete_dialog.py" line="90"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="73"/>
        <source>{seq} nomor urut (mis. {seq:03d} = 001), {year}, {month}, {month_roman}, {day}, {event}</source>
        <translation>{seq} running number (e.g. {seq:03d} = 001), {year}, {month}, {month_roman}, {day}, {event}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="78"/>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="83"/>
        <source>Jam pelajaran</source>
        <translation>Learning hours (JP)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="88"/>
        <source>Penandatangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="89"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="90"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="91"/>
        <source>Gambar tanda tangan (PNG transparan)</source>
        <translation>Signature image (transparent PNG)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="92"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="94"/>
        <source>Latar A4 mendatar; kosong = desain bawaan</source>
        <translation>A4 landscape background; empty = default design</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="96"/>
        <source>Latar</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="97"/>
        <source>Logo kota/instansi (PNG atau SVG); kosong = tanpa logo</source>
        <translation>City/agency logo (PNG or SVG); empty = no logo</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="98"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="101"/>
        <source>Baris tambahan (paling banyak 3), mis. Sah tanpa tanda tangan basah.</source>
        <translation>Extra lines (at most 3), e.g. Valid without a wet signature.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="104"/>
        <source>Baris tambahan</source>
        <translation>Extra lines</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="110"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="123"/>
        <source>Pratinjau halaman pertama dibuat…</source>
        <translation>Making first-page preview…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="140"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="148"/>
        <source>Pilih gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="148"/>
        <source>Gambar (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="217"/>
        <source>Nomor pertama: {example}</source>
        <translation>First number: {example}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="231"/>
        <source>Pengaturan sertifikat disimpan.</source>
        <translation>Certificate settings saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/design.py" line="263"/>
        <source>Pratinjau halaman pertama (kode QR contoh, bukan sertifikat).</source>
        <translation>First-page preview (sample QR code, not a certificate).</translation>
    </message>
</context>
<context>
    <name>FeedbackKioskWindow</name>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="79"/>
        <source>Kios Umpan Balik</source>
        <translation>Feedback Kiosk</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="133"/>
        <source>Jawaban Anda anonim. Pindai kode QR undangan Anda, atau tekan Mulai.</source>
        <translation>Your answers are anonymous. Scan your invitation QR code, or press Start.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="135"/>
        <source>Pindai kode QR pada undangan Anda untuk mulai mengisi.</source>
        <translation>Scan the QR code on your invitation to start.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="143"/>
        <source>Pindai kode di sini</source>
        <translation>Scan code here</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="158"/>
        <source>Mulai tanpa kode</source>
        <translation>Start without a code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="205"/>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="226"/>
        <source>Terima kasih!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="233"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="288"/>
        <source>Halo, {name} · terima kasih sudah hadir.</source>
        <translation>Hello, {name} · thank you for coming.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="290"/>
        <source>Jawaban Anda anonim.</source>
        <translation>Your answers are anonymous.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="299"/>
        <source>Bagian {n} dari {total} · {title}</source>
        <translation>Section {n} of {total} · {title}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="305"/>
        <source>Kirim jawaban</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="305"/>
        <source>Lanjut ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="318"/>
        <source>Formulir sebelumnya ditinggal tanpa dikirim dan tidak disimpan. Silakan mulai lagi.</source>
        <translation>The previous form was left without sending and was not saved. Please start again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="344"/>
        <source>Ada %n jawaban yang perlu dilengkapi. Lihat tanda merah.</source>
        <translation>
            <numerusform>%n answer needs completing. See the red marks.</numerusform>
            <numerusform>%n answers need completing. See the red marks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="378"/>
        <location filename="../../asn_event/ui/feedback/shots.py" line="48"/>
        <source>Jawaban Anda tersimpan. Layar siap untuk peserta berikutnya.</source>
        <translation>Your answers are saved. The screen is ready for the next participant.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="418"/>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="425"/>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="432"/>
        <source>Keluar dari kios</source>
        <translation>Leave kiosk</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="419"/>
        <source>PIN panitia belum diatur. Petugas dapat keluar dengan {keys}.</source>
        <translation>No organizer PIN is set. Staff can leave with {keys}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="425"/>
        <source>PIN panitia:</source>
        <translation>Organizer PIN:</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/kiosk.py" line="432"/>
        <source>PIN salah. Kios tetap terbuka.</source>
        <translation>Wrong PIN. The kiosk stays open.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="38"/>
        <source>Skala setuju 1-5</source>
        <translation>Agreement scale 1-5</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="39"/>
        <source>Kesesuaian 1-4</source>
        <translation>Fit scale 1-4</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="40"/>
        <source>Pilihan tunggal</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="41"/>
        <source>Pilihan ganda</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="42"/>
        <source>Nilai 1-10</source>
        <translation>Score 1-10</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="43"/>
        <source>Teks singkat</source>
        <translation>Short text</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="44"/>
        <source>Teks panjang</source>
        <translation>Long text</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="82"/>
        <source>Anonim: jawaban tidak dikaitkan dengan nama peserta</source>
        <translation>Anonymous: answers are not linked to participant names</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="84"/>
        <source>Kalimat pembuka di layar kios</source>
        <translation>Opening sentence on the kiosk screen</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="85"/>
        <source>Judul formulir</source>
        <translation>Form title</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="86"/>
        <source>Pembuka</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="93"/>
        <source>Bagian dan pertanyaan</source>
        <translation>Sections and questions</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="93"/>
        <location filename="../../asn_event/ui/feedback/editor.py" line="186"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="98"/>
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="99"/>
        <location filename="../../asn_event/ui/feedback/editor.py" line="187"/>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="100"/>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="101"/>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="102"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="126"/>
        <source>Simpan formulir</source>
        <translation>Save form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="141"/>
        <source>Pilih bagian atau pertanyaan di sebelah kiri untuk mengubahnya.</source>
        <translation>Select a section or question on the left to edit it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="153"/>
        <source>Di kios, satu bagian tampil satu layar.</source>
        <translation>On the kiosk, each section gets its own screen.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="155"/>
        <source>Judul bagian</source>
        <translation>Section title</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="172"/>
        <source>Satu pilihan per baris</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="174"/>
        <source>Pilihan</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="178"/>
        <source>Wajib dijawab</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="183"/>
        <source>Pesan bila belum dijawab, mis. Mohon nilai narasumber.</source>
        <translation>Message when not answered, e.g. Please rate the speaker.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="191"/>
        <source>Pesan wajib</source>
        <translation>Required message</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="227"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="283"/>
        <source>Skala: </source>
        <translation>Scale: </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="312"/>
        <location filename="../../asn_event/ui/feedback/editor.py" line="320"/>
        <source>Bagian baru</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="324"/>
        <source>Pertanyaan baru</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="363"/>
        <source>Dihapus dari formulir. Belum tersimpan: tekan Simpan formulir.</source>
        <translation>Removed from the form. Not saved yet: press Save form.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/editor.py" line="409"/>
        <source>Formulir tersimpan.</source>
        <translation>Form saved.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="80"/>
        <source>Impor daftar peserta</source>
        <translation>Import participant list</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="96"/>
        <source>Pilih berkas Excel (.xlsx) atau CSV dari perangkat daerah</source>
        <translation>Choose an Excel (.xlsx) or CSV file from the agency</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="98"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="105"/>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="149"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="113"/>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="115"/>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="254"/>
        <source>Kolom dikenali dari judulnya. Ubah bila ada yang keliru.</source>
        <translation>Columns are recognized by their headings. Change any that are wrong.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="135"/>
        <source>Belum ada berkas. Pilih berkas untuk melihat pratinjau.</source>
        <translation>No file yet. Choose a file to see a preview.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="149"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="149"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="164"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="167"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="171"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="187"/>
        <source>Pilih daftar peserta</source>
        <translation>Choose participant list</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="189"/>
        <source>Excel atau CSV (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)</source>
        <translation>Excel or CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="198"/>
        <source>Membaca berkas…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="205"/>
        <source>Semua sheet</source>
        <translation>All sheets</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="230"/>
        <source>(tidak diimpor)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="250"/>
        <source>Semua sheet dibaca dengan kolom yang dikenali. Pilih satu sheet untuk mengatur kolom sendiri.</source>
        <translation>All sheets are read with the recognized columns. Pick one sheet to set the columns yourself.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="283"/>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="301"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="311"/>
        <source>%n baris siap diimpor: {added} baru · {updated} diperbarui · {unchanged} tidak berubah · {invalid} tidak valid</source>
        <translation>
            <numerusform>%n row ready to import: {added} new · {updated} updated · {unchanged} unchanged · {invalid} invalid</numerusform>
            <numerusform>%n rows ready to import: {added} new · {updated} updated · {unchanged} unchanged · {invalid} invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="321"/>
        <source>%n orang akan didaftarkan ke acara ini.</source>
        <translation>
            <numerusform>%n person will be registered for this event.</numerusform>
            <numerusform>%n people will be registered for this event.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="326"/>
        <source> — mirip {s}?</source>
        <translation> — similar to {s}?</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="330"/>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="335"/>
        <source>Buat unit kerja baru untuk nama yang tidak dikenal: {units}{more}. Bila tidak dicentang, pesertanya disimpan tanpa unit.</source>
        <translation>Create new work units for unknown names: {units}{more}. If unchecked, these participants are saved without a unit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="350"/>
        <source>Impor %n baris</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/import_dialog.py" line="398"/>
        <source>Dihentikan. Basis data tidak diubah.</source>
        <translation>Stopped. The database was not changed.</translation>
    </message>
</context>
<context>
    <name>InvitationExport</name>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="22"/>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="76"/>
        <source>Undangan QR</source>
        <translation>QR invitations</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="25"/>
        <source>Kartu untuk dicetak (PDF) …</source>
        <translation>Cards for printing (PDF) …</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="29"/>
        <source>Gambar per peserta (PNG) …</source>
        <translation>One image per participant (PNG) …</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="45"/>
        <source>Simpan kartu undangan</source>
        <translation>Save invitation cards</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="51"/>
        <source>Folder untuk gambar undangan</source>
        <translation>Folder for invitation images</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="68"/>
        <source>Menyusun undangan …</source>
        <translation>Making invitations …</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/invitation_export.py" line="71"/>
        <source>%n undangan disimpan di %1</source>
        <translation>%n invitation(s) saved in %1</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="65"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="102"/>
        <source>Daftar Hadir</source>
        <translation>Attendance List</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="103"/>
        <source>Nama dan NIP, jabatan, unit kerja, jam hadir dan tanda tangan; urut per unit. Siap ditandatangani dan diarsipkan.</source>
        <translation>Name and NIP, position, work unit, arrival time and signature; sorted by unit. Ready to sign and file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="106"/>
        <source>Semua peserta terdaftar</source>
        <translation>All registered participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="108"/>
        <source>Jam hadir kosong: daftar kertas untuk tanda tangan di pintu.</source>
        <translation>Arrival times left blank: a paper list for signing at the door.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="113"/>
        <location filename="../../asn_event/ui/reports/page.py" line="122"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="118"/>
        <source>Laporan Kegiatan</source>
        <translation>Event Report</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="119"/>
        <source>Data acara, kehadiran per unit, agenda rencana dan pelaksanaan, umpan balik, sertifikat dan penutup, dengan tanda tangan penanggung jawab.</source>
        <translation>Event details, attendance by unit, planned and actual agenda, feedback, certificates and closing, signed by the person in charge.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="127"/>
        <source>Rekap JP</source>
        <translation>JP Summary</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="128"/>
        <source>Jam pelajaran per peserta per tahun dari semua acara, dibandingkan target %1 JP.</source>
        <translation>Learning hours per participant per year across all events, against the %1 JP target.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="133"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="140"/>
        <source>Hanya peserta acara ini</source>
        <translation>Only this event&apos;s participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="143"/>
        <location filename="../../asn_event/ui/reports/page.py" line="153"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="148"/>
        <source>Ekspor Kehadiran</source>
        <translation>Attendance Export</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="149"/>
        <source>Semua peserta terdaftar dengan status hadir, jam dan meja check-in, untuk diolah di Excel.</source>
        <translation>All registered participants with attendance, check-in time and desk, for use in Excel.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="151"/>
        <source>Simpan CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="158"/>
        <source>Berkas untuk instansi</source>
        <translation>Filings for the agency</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="159"/>
        <source>Riwayat diklat siap unggah ke SIASN, register sertifikat (nomor, nama, NIP, unit, tanggal, dicetak) dan catatan pindai semua meja, sebagai Excel.</source>
        <translation>Course history ready to upload to SIASN, the certificate register (number, name, NIP, unit, date, printed) and the scan log of every desk, as Excel.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="162"/>
        <source>Catatan pindai…</source>
        <translation>Scan log…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="164"/>
        <source>Register sertifikat…</source>
        <translation>Certificate register…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="166"/>
        <source>SIASN…</source>
        <translation>SIASN…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="181"/>
        <source>Pilih laporan yang ingin disimpan.</source>
        <translation>Choose the report to save.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="186"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="217"/>
        <source>Belum ada acara. Buat acara di halaman Acara.</source>
        <translation>No event yet. Create one on the Event page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="223"/>
        <source>Hadir %1 dari %2 terdaftar</source>
        <translation>%1 of %2 registered present</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="230"/>
        <source>Belum ada peserta terdaftar. Impor daftar peserta di halaman Peserta.</source>
        <translation>No participants registered yet. Import the list on the Participants page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="234"/>
        <source>Belum ada yang check-in. Daftar hadir kosong dapat dicetak untuk tanda tangan di pintu.</source>
        <translation>Nobody has checked in yet. A blank attendance list can be printed for signing at the door.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="268"/>
        <source>Simpan daftar hadir</source>
        <translation>Save attendance list</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="274"/>
        <source>Menyusun daftar hadir…</source>
        <translation>Making attendance list…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="283"/>
        <source>Simpan laporan kegiatan</source>
        <translation>Save event report</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="288"/>
        <source>Menyusun laporan kegiatan…</source>
        <translation>Making event report…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="297"/>
        <source>Simpan rekap JP</source>
        <translation>Save JP summary</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="303"/>
        <source>Menghitung rekap JP…</source>
        <translation>Counting JP…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="311"/>
        <source>Simpan data kehadiran</source>
        <translation>Save attendance data</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="316"/>
        <source>Menyimpan data kehadiran…</source>
        <translation>Saving attendance data…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="325"/>
        <source>Simpan riwayat diklat SIASN</source>
        <translation>Save SIASN course history</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="327"/>
        <source>Simpan register sertifikat</source>
        <translation>Save certificate register</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="329"/>
        <source>Simpan catatan pindai</source>
        <translation>Save scan log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/reports/page.py" line="352"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/reports/page.py" line="354"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="355"/>
        <source>Tersimpan: %1 (%2)</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="366"/>
        <source>Dibatalkan. Tidak ada berkas yang disimpan.</source>
        <translation>Cancelled. No file was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/reports/page.py" line="369"/>
        <source>Tidak tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="82"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="89"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="144"/>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="145"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="146"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="147"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="148"/>
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="149"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="150"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="164"/>
        <source>Event Desk · BKPSDM</source>
        <translation>Event Desk · BKPSDM</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="179"/>
        <source>Nama meja, petugas dan bahasa laptop ini. Klik untuk mengubah.</source>
        <translation>Desk name, staff and language of this laptop. Click to change.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="182"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="184"/>
        <source>Versi, lokasi data dan lisensi (F1)</source>
        <translation>Version, data location and licences (F1)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="198"/>
        <source>Acara:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="207"/>
        <source>Pilih acara yang sedang dikerjakan</source>
        <translation>Choose the event you are working on</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="276"/>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="320"/>
        <source>belum ada acara</source>
        <translation>no event yet</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="324"/>
        <source>Acara: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="329"/>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="336"/>
        <source>Cadangan dibuat dan diperiksa utuh.</source>
        <translation>Backup made and verified.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="342"/>
        <source>Cadangan gagal: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/main_window.py" line="359"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>OrganizerPin</name>
    <message>
        <location filename="../../asn_event/ui/shell/organizer_pin.py" line="32"/>
        <source>Ketik PIN penyelenggara untuk melanjutkan.</source>
        <translation>Type the organizer PIN to continue.</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <location filename="../../asn_event/ui/shell/output.py" line="28"/>
        <location filename="../../asn_event/ui/shell/output.py" line="47"/>
        <source>Tidak disimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/output.py" line="31"/>
        <source>Folder {path} sudah berisi berkas. Timpa berkas yang bernama sama?</source>
        <translation>The folder {path} already holds files. Replace the files with the same names?</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/output.py" line="33"/>
        <source>Berkas {path} sudah ada. Timpa?</source>
        <translation>The file {path} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/output.py" line="37"/>
        <source>Timpa berkas?</source>
        <translation>Replace file?</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="59"/>
        <source>Pengisi</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="64"/>
        <source>Pindai atau ketik kode undangan, NIP, atau nama · kosong + Enter = tanpa nama</source>
        <translation>Scan or type the invitation code, NIP or name · empty + Enter = no name</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="66"/>
        <source>Pengisi formulir kertas</source>
        <translation>Who filled in the paper form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="82"/>
        <source>Peserta yang cocok</source>
        <translation>Matching participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="88"/>
        <source>Angka = jawaban skala lalu lanjut · Enter = pertanyaan berikutnya · Ctrl+Enter = simpan</source>
        <translation>Number = scale answer and move on · Enter = next question · Ctrl+Enter = save</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="93"/>
        <source>Unit kerja di kertas</source>
        <translation>Work unit on paper</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="108"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="110"/>
        <source>Simpan formulir kertas</source>
        <translation>Save paper form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="122"/>
        <source>(tidak diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="191"/>
        <source>Tanpa nama: jawaban tidak dihitung untuk sertifikat siapa pun.</source>
        <translation>No name: the answers count for nobody&apos;s certificate.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="216"/>
        <source>Tidak ada peserta yang cocok. Periksa ejaan, atau ketik NIP.</source>
        <translation>No participant matches. Check the spelling, or type the NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="225"/>
        <source>Pilih orangnya: panah atas/bawah lalu Enter.</source>
        <translation>Pick the person: arrow up/down, then Enter.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="252"/>
        <source>Kode sah. Formulir anonim: nama tidak disimpan.</source>
        <translation>Valid code. Anonymous form: the name is not stored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="285"/>
        <source>%n jawaban perlu diperbaiki; belum tersimpan.</source>
        <translation>
            <numerusform>%n answer needs fixing; not saved yet.</numerusform>
            <numerusform>%n answers need fixing; not saved yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="294"/>
        <source>Belum tersimpan: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/paper_entry.py" line="303"/>
        <source>Tersimpan. Formulir kertas sesi ini: {n}. Silakan ketik lembar berikutnya.</source>
        <translation>Saved. Paper forms this session: {n}. Type the next sheet.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="30"/>
        <source>Ubah data peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="30"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="36"/>
        <source>Dr. Hj. Siti Aminah, S.E., M.M.</source>
        <translation>Dr. Hj. Siti Aminah, S.E., M.M.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="38"/>
        <source>18 angka; kosongkan untuk non-ASN</source>
        <translation>18 digits; leave empty for non-civil servants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="49"/>
        <source>Penata, III/c</source>
        <translation>Penata, III/c</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="52"/>
        <source>(tanpa unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="73"/>
        <source>Nama dan gelar</source>
        <translation>Name and titles</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="74"/>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="76"/>
        <source>Pangkat/Gol</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="77"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="78"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="79"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="94"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="96"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="132"/>
        <source>Tanpa NIP: non-ASN.</source>
        <translation>No NIP: not a civil servant.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="134"/>
        <source>{kind} wajib punya NIP 18 angka.</source>
        <translation>{kind} needs an 18-digit NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="117"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="117"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/person_dialog.py" line="119"/>
        <source>{kind} · lahir {birth} · {sex}</source>
        <translation>{kind} · born {birth} · {sex}</translation>
    </message>
</context>
<context>
    <name>PesertaPage</name>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="71"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="76"/>
        <source>Cari nama, NIP atau unit kerja…</source>
        <translation>Search name, NIP or work unit…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="83"/>
        <source>Terdaftar di acara ini</source>
        <translation>Registered for this event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="84"/>
        <source>Sudah hadir</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="85"/>
        <source>Belum hadir</source>
        <translation>Not yet here</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="86"/>
        <source>Semua orang di basis data</source>
        <translation>Everyone in the database</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="97"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="99"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="100"/>
        <source>Daftarkan ke acara</source>
        <translation>Register for event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="101"/>
        <location filename="../../asn_event/ui/roster/page.py" line="344"/>
        <source>Hapus dari acara</source>
        <translation>Remove from event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="103"/>
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="104"/>
        <source>Impor daftar peserta dari Excel (.xlsx) atau CSV</source>
        <translation>Import a participant list from Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="105"/>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="106"/>
        <source>Simpan daftar yang tampil sebagai Excel (.xlsx)</source>
        <translation>Save the list shown as Excel (.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/page.py" line="188"/>
        <source>{registered} terdaftar · {checked_in} hadir · %n orang di basis data</source>
        <translation>
            <numerusform>{registered} registered · {checked_in} present · %n person in the database</numerusform>
            <numerusform>{registered} registered · {checked_in} present · %n people in the database</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="212"/>
        <source>{n} pertama · ketik lebih lengkap</source>
        <translation>first {n} · type more to narrow</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="215"/>
        <source>{n} ditampilkan</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="225"/>
        <source>Belum ada acara. Buat acara di halaman Acara.</source>
        <translation>No event yet. Create one on the Event page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="228"/>
        <source>Tidak ada yang cocok dengan “{text}”. Periksa ejaan, atau cari dengan NIP.</source>
        <translation>Nothing matches “{text}”. Check the spelling, or search by NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="231"/>
        <source>Belum ada peserta. Impor daftar dari Excel, atau tambah peserta satu per satu.</source>
        <translation>No participants yet. Import a list from Excel, or add participants one by one.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="232"/>
        <source>Tidak ada peserta dalam pilihan ini.</source>
        <translation>No participants in this view.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="273"/>
        <source>{name} ditambahkan ke acara.</source>
        <translation>{name} added to the event.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="285"/>
        <source>Data {name} disimpan.</source>
        <translation>{name}&apos;s details saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="307"/>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/page.py" line="332"/>
        <source>%n orang didaftarkan ke acara.</source>
        <translation>
            <numerusform>%n person registered for the event.</numerusform>
            <numerusform>%n people registered for the event.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="339"/>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="346"/>
        <source>Hapus {names} dari daftar acara ini? Data orangnya tetap tersimpan untuk acara lain.</source>
        <translation>Remove {names} from this event&apos;s list? Their details stay saved for other events.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/page.py" line="356"/>
        <source>%n peserta dihapus dari acara.</source>
        <translation>
            <numerusform>%n participant removed from the event.</numerusform>
            <numerusform>%n participants removed from the event.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="358"/>
        <source>Tidak dihapus karena sudah hadir: {names}.</source>
        <translation>Not removed because already checked in: {names}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="375"/>
        <source>Impor selesai: {added} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} dilewati.</source>
        <translation>Import done: {added} new, {updated} updated, {unchanged} unchanged, {invalid} skipped.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="384"/>
        <location filename="../../asn_event/ui/roster/page.py" line="388"/>
        <source>Ekspor daftar peserta</source>
        <translation>Export participant list</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="388"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="398"/>
        <source>Mengekspor daftar peserta…</source>
        <translation>Exporting participant list…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/roster/page.py" line="401"/>
        <source>%n baris diekspor ke {file}.</source>
        <translation>
            <numerusform>%n row exported to {file}.</numerusform>
            <numerusform>%n rows exported to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/page.py" line="403"/>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>PhoneFormDialog</name>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="67"/>
        <source>Formulir untuk ponsel</source>
        <translation>Form for phones</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="82"/>
        <source>Hanya laptop ini (uji coba) · 127.0.0.1</source>
        <translation>This laptop only (trial) · 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="83"/>
        <source>Pilih jaringan yang dipakai ponsel peserta: Wi-Fi tempat acara atau hotspot laptop.</source>
        <translation>Pick the network the participants&apos; phones use: the venue Wi-Fi or the laptop&apos;s hotspot.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="84"/>
        <source>Alamat jaringan</source>
        <translation>Network address</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="88"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="96"/>
        <source>Kode QR formulir</source>
        <translation>QR code of the form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="106"/>
        <source>Ponsel peserta harus tersambung ke jaringan yang sama. Hanya formulir yang bisa dibuka; daftar peserta dan hasil tidak.</source>
        <translation>Participants&apos; phones must be on the same network. Only the form can be opened; the roster and results cannot.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="121"/>
        <source>Tampilkan di layar panggung</source>
        <translation>Show on stage screen</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="124"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="128"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="138"/>
        <source>Laptop ini belum tersambung ke jaringan, jadi ponsel belum bisa membuka formulir. Sambungkan ke Wi-Fi tempat acara atau nyalakan hotspot laptop, lalu buka dialog ini lagi.</source>
        <translation>This laptop is not on a network yet, so phones cannot open the form. Connect to the venue Wi-Fi or turn on the laptop&apos;s hotspot, then open this dialog again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/phone.py" line="154"/>
        <source>Hentikan formulir ponsel dan tutup</source>
        <translation>Stop the phone form and close</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="287"/>
        <source>PIN (4-12 angka)</source>
        <translation>PIN (4-12 digits)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="291"/>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="313"/>
        <source>Kedua PIN tidak sama. Ketik ulang.</source>
        <translation>The two PINs differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="324"/>
        <source>PIN kios</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="325"/>
        <source>PIN panitia untuk keluar dari mode kios. Hanya hash PIN yang disimpan.</source>
        <translation>Organizer PIN to leave kiosk mode. Only the PIN&apos;s hash is stored.</translation>
    </message>
</context>
<context>
    <name>PrivacyCard</name>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="235"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="239"/>
        <source>Hapus data pribadi acara ini…</source>
        <translation>Delete this event&apos;s personal data…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="257"/>
        <source>Data pribadi acara ini sudah dihapus. Jumlah hadir dan nomor sertifikat tetap ada.</source>
        <translation>This event&apos;s personal data was deleted. Attendance counts and certificate numbers remain.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="262"/>
        <source>Masa simpan data pribadi berakhir %1. Nama, NIP, tanda tangan dan jawaban teks peserta sebaiknya dihapus.</source>
        <translation>The retention period for personal data ended %1. Participants&apos; names, NIPs, signatures and text answers should be deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="267"/>
        <source>Nama, NIP dan tanda tangan peserta disimpan sampai %1.</source>
        <translation>Participants&apos; names, NIPs and signatures are kept until %1.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="274"/>
        <source>Hapus data pribadi</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="279"/>
        <source>Hapus nama, NIP, tanda tangan dan jawaban teks peserta acara ini? Jumlah hadir, umpan balik anonim dan nomor sertifikat tetap ada. Cadangan dibuat dulu.</source>
        <translation>Delete the names, NIPs, signatures and text answers of this event&apos;s participants? Attendance counts, anonymous feedback and certificate numbers remain. A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/events/backup_card.py" line="292"/>
        <source>Data pribadi %1 peserta dihapus.</source>
        <translation>Personal data of %1 participants deleted.</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="201"/>
        <source>Tulis di sini. Shift+Enter untuk baris baru.</source>
        <translation>Write here. Shift+Enter for a new line.</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="415"/>
        <source>Belum ada pindaian. Yang terbaru tampil paling atas.</source>
        <translation>No scans yet. The newest shows at the top.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="239"/>
        <source>SIAP MEMINDAI</source>
        <translation>READY TO SCAN</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="240"/>
        <source>Pindai kode QR undangan</source>
        <translation>Scan the invitation QR code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="241"/>
        <source>Atau ketik nama / NIP lalu tekan Enter.</source>
        <translation>Or type a name / NIP and press Enter.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="250"/>
        <source>✖ KONEKSI KE SERVER TERPUTUS</source>
        <translation>✖ CONNECTION TO THE SERVER LOST</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/checkin/widgets.py" line="251"/>
        <source>%n pindaian disimpan, belum tercatat</source>
        <translation>
            <numerusform>%n scan kept, not recorded yet</numerusform>
            <numerusform>%n scans kept, not recorded yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="253"/>
        <source>Pindaian dikirim ulang otomatis begitu server kembali. Periksa jaringan atau server.</source>
        <translation>Scans are sent again automatically once the server is back. Check the network or the server.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="255"/>
        <source>Jangan pindai ulang; tunggu tanda hijau.</source>
        <translation>Do not scan again; wait for the green sign.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="285"/>
        <source>%1 WIB · %2</source>
        <translation>%1 WIB · %2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="288"/>
        <source>Sudah check-in pukul %1 di %2. Tidak perlu dipindai lagi; persilakan masuk.</source>
        <translation>Checked in at %1 at %2. No need to scan again; let them in.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="290"/>
        <source>meja lain</source>
        <translation>another desk</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="300"/>
        <source>✔ SELAMAT DATANG</source>
        <translation>✔ WELCOME</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="302"/>
        <source>⚠ SUDAH CHECK-IN</source>
        <translation>⚠ ALREADY CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="304"/>
        <source>✖ KODE TERPOTONG</source>
        <translation>✖ INCOMPLETE CODE</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="304"/>
        <source>Kode terbaca sebagian.</source>
        <translation>Only part of the code was read.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="306"/>
        <source>✖ UNDANGAN ACARA LAIN</source>
        <translation>✖ OTHER EVENT&apos;S INVITATION</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="306"/>
        <source>Undangan ini untuk acara lain.</source>
        <translation>This invitation is for another event.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="308"/>
        <source>✖ KODE TIDAK SAH</source>
        <translation>✖ INVALID CODE</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="308"/>
        <source>Kode ini sudah diubah atau bukan dari panitia.</source>
        <translation>This code was altered or is not from the organizers.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="310"/>
        <source>✖ TIDAK TERDAFTAR</source>
        <translation>✖ NOT REGISTERED</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="310"/>
        <source>Undangan ini sudah tidak terdaftar.</source>
        <translation>This invitation is no longer registered.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="311"/>
        <source>✖ KODE TIDAK DIKENAL</source>
        <translation>✖ UNKNOWN CODE</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="311"/>
        <source>Ini bukan kode undangan Sinar ASN.</source>
        <translation>This is not a Sinar ASN invitation code.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="316"/>
        <source>Pindai ulang pelan-pelan; kode harus utuh, tidak terlipat atau basah.</source>
        <translation>Scan again slowly; the code must be whole, not folded or wet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="319"/>
        <source>Acara kode ini%1. Cari nama peserta di kolom atas.</source>
        <translation>Code for another event%1. Search the participant&apos;s name in the box above.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="322"/>
        <source>Jangan check-in dengan kode ini. Cari nama peserta di kolom atas dan lapor panitia.</source>
        <translation>Do not check in with this code. Search the participant&apos;s name in the box above and tell the organizers.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="325"/>
        <source>Cari nama peserta di kolom atas, atau daftarkan sebagai peserta baru.</source>
        <translation>Search the participant&apos;s name in the box above, or register them as a new participant.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/widgets.py" line="326"/>
        <source>Cari nama peserta di kolom atas, atau pindai kode QR pada undangan.</source>
        <translation>Search the participant&apos;s name in the box above, or scan the QR code on the invitation.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="140"/>
        <location filename="../../asn_event/ui/feedback/results.py" line="215"/>
        <source>Respons</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="142"/>
        <location filename="../../asn_event/ui/feedback/results.py" line="214"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="144"/>
        <source>Tingkat respons</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="154"/>
        <source>Per pertanyaan</source>
        <translation>By question</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="167"/>
        <source>Per unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="198"/>
        <source>Saran dan jawaban teks</source>
        <translation>Suggestions and text answers</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="201"/>
        <source>Rincian per unit</source>
        <translation>Details by unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="213"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="216"/>
        <source>Tingkat</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="217"/>
        <source>Rata-rata 1-5</source>
        <translation>Average 1-5</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="146"/>
        <source>Kios / kertas / ponsel</source>
        <translation>Kiosk / paper / phone</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="175"/>
        <source>Semua pertanyaan</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="180"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="180"/>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="180"/>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="180"/>
        <source>Sebaran (rendah → tinggi)</source>
        <translation>Spread (low → high)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="181"/>
        <location filename="../../asn_event/ui/feedback/results.py" line="379"/>
        <source>Jawaban</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="321"/>
        <source>Belum ada jawaban. Buka kios atau formulir untuk ponsel, atau ketik formulir kertas di Entri kertas.</source>
        <translation>No answers yet. Open the kiosk or the form for phones, or type paper forms under Paper entry.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="354"/>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="367"/>
        <source>Belum ada jawaban untuk pertanyaan ini.</source>
        <translation>No answers to this question yet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="369"/>
        <source>Belum ada jawaban. Grafik muncul setelah respons pertama masuk dari kios, ponsel, atau kertas.</source>
        <translation>No answers yet. The chart appears after the first response from a kiosk, phone or paper.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/results.py" line="382"/>
        <source>Rata-rata {mean} dari %n jawaban</source>
        <translation>
            <numerusform>Average {mean} from %n answer</numerusform>
            <numerusform>Average {mean} from %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/results.py" line="384"/>
        <source>%n jawaban</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/results.py" line="389"/>
        <source>Pertanyaan teks: %n jawaban, lihat daftar di sebelah kanan.</source>
        <translation>
            <numerusform>Text question: %n answer, see the list on the right.</numerusform>
            <numerusform>Text question: %n answers, see the list on the right.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="415"/>
        <source>Tingkat respons (%)</source>
        <translation>Response rate (%)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="417"/>
        <source>Tingkat respons per unit (%)</source>
        <translation>Response rate by unit (%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/results.py" line="419"/>
        <source>Tingkat respons (%), %n unit dengan peserta terbanyak</source>
        <translation>
            <numerusform>Response rate (%), %n unit with the most participants</numerusform>
            <numerusform>Response rate (%), %n units with the most participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="423"/>
        <source>Belum ada peserta hadir. Tingkat respons per unit muncul setelah check-in.</source>
        <translation>Nobody is present yet. Response rates by unit appear after check-in.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/results.py" line="438"/>
        <source>Belum ada saran tertulis.</source>
        <translation>No written suggestions yet.</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="65"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="66"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="67"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="68"/>
        <source>Pangkat/Gol</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="69"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="70"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="71"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="74"/>
        <source>Tidak terdaftar</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="75"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/roster/model.py" line="76"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="34"/>
        <source>Sangat Tidak Setuju</source>
        <translation>Strongly Disagree</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="35"/>
        <source>Tidak Setuju</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="36"/>
        <source>Netral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="37"/>
        <source>Setuju</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="38"/>
        <source>Sangat Setuju</source>
        <translation>Strongly Agree</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="39"/>
        <source>Tidak sesuai</source>
        <translation>Not as expected</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="40"/>
        <source>Kurang sesuai</source>
        <translation>Somewhat below expectations</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="41"/>
        <source>Sesuai</source>
        <translation>As expected</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="42"/>
        <source>Sangat sesuai</source>
        <translation>Exactly as expected</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="43"/>
        <source>Sangat buruk</source>
        <translation>Very poor</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/inputs.py" line="44"/>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="195"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="196"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="197"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="198"/>
        <source>Durasi</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="199"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="200"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="201"/>
        <source>Aktual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="202"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/agenda_models.py" line="265"/>
        <source>berjalan</source>
        <translation>running</translation>
    </message>
</context>
<context>
    <name>SertifikatPage</name>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="56"/>
        <location filename="../../asn_event/ui/certificates/page.py" line="226"/>
        <location filename="../../asn_event/ui/certificates/page.py" line="249"/>
        <location filename="../../asn_event/ui/certificates/page.py" line="261"/>
        <location filename="../../asn_event/ui/certificates/page.py" line="313"/>
        <location filename="../../asn_event/ui/certificates/page.py" line="317"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="60"/>
        <source>Penerima</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="63"/>
        <source>Desain dan penomoran</source>
        <translation>Design and numbering</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="65"/>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="79"/>
        <source>Cari nama, NIP, unit atau nomor…</source>
        <translation>Search name, NIP, unit or number…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="83"/>
        <source>Semua peserta</source>
        <translation>All participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="83"/>
        <source>Yang berhak</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="83"/>
        <source>Yang tidak berhak</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="98"/>
        <source>Tambahkan manual</source>
        <translation>Add by hand</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="99"/>
        <source>Hadir tetapi tidak terpindai: beri sertifikat</source>
        <translation>Present but not scanned: give a certificate</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="101"/>
        <source>Keluarkan</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="102"/>
        <source>Tidak mengikuti sampai selesai: tanpa sertifikat</source>
        <translation>Did not stay to the end: no certificate</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="104"/>
        <source>Ikuti aturan</source>
        <translation>Follow the rules</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="106"/>
        <source>Perbarui isi…</source>
        <translation>Update contents…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="109"/>
        <source>Tulis ulang sertifikat terpilih dengan data terbaru (nama, JP, penandatangan); nomor tetap</source>
        <translation>Rewrite the selected certificates with current data (name, JP, signer); numbers stay</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="113"/>
        <source>Wajib sudah mengisi umpan balik</source>
        <translation>Feedback required</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="122"/>
        <source>Buat PDF gabungan…</source>
        <translation>Make combined PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="125"/>
        <source>PDF per orang…</source>
        <translation>PDF per person…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="127"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="129"/>
        <source>Cetak yang dipilih, atau semua yang berhak bila tidak ada yang dipilih</source>
        <translation>Print the selected ones, or everyone eligible if none is selected</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="145"/>
        <source>Belum ada acara. Buat acara di halaman Acara.</source>
        <translation>No event yet. Create one on the Event page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="170"/>
        <source>Memuat daftar peserta…</source>
        <translation>Loading the participant list…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="195"/>
        <source>Belum ada peserta. Impor daftar di halaman Peserta.</source>
        <translation>No participants yet. Import the list on the Participants page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="197"/>
        <source>Belum ada yang berhak sertifikat: belum ada yang check-in.</source>
        <translation>Nobody is eligible yet: nobody has checked in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/page.py" line="201"/>
        <source>{eligible} dari %n peserta berhak sertifikat · {numbered} sudah bernomor</source>
        <translation>
            <numerusform>{eligible} of %n participant eligible · {numbered} numbered</numerusform>
            <numerusform>{eligible} of %n participants eligible · {numbered} numbered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="220"/>
        <source>Pilih dulu peserta di daftar.</source>
        <translation>Select participants in the list first.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="232"/>
        <source>Pilih dulu peserta yang sertifikatnya sudah bernomor.</source>
        <translation>First select participants whose certificates already have a number.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="236"/>
        <source>Perbarui isi sertifikat</source>
        <translation>Update certificate contents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/page.py" line="238"/>
        <source>Isi %n sertifikat terpilih ditulis ulang dengan data peserta dan acara saat ini. Nomornya tetap. Sertifikat yang sudah tercetak tetap sah dengan isi lamanya. Lanjutkan?</source>
        <translation>
            <numerusform>The %n selected certificate is rewritten with the current participant and event data. Its number stays. A copy already printed stays valid with its old contents. Continue?</numerusform>
            <numerusform>The %n selected certificates are rewritten with the current participant and event data. Their numbers stay. Copies already printed stay valid with their old contents. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/page.py" line="251"/>
        <source>%n sertifikat diperbarui; cetak ulang bila perlu.</source>
        <translation>
            <numerusform>%n certificate updated; reprint it if needed.</numerusform>
            <numerusform>%n certificates updated; reprint them if needed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="277"/>
        <source>Simpan PDF sertifikat</source>
        <translation>Save certificate PDF</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="284"/>
        <source>Folder untuk PDF per orang</source>
        <translation>Folder for one PDF per person</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="294"/>
        <source>Membuat sertifikat…</source>
        <translation>Making certificates…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="301"/>
        <source>Pembuatan sertifikat dibatalkan; tidak ada berkas setengah jadi.</source>
        <translation>Certificates cancelled; no half-made files were left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/page.py" line="306"/>
        <source>%n berkas per orang</source>
        <translation>
            <numerusform>%n file, one per person</numerusform>
            <numerusform>%n files, one per person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/page.py" line="308"/>
        <source>%n sertifikat disimpan ({new} nomor baru): {where}</source>
        <translation>
            <numerusform>%n certificate saved ({new} new numbers): {where}</numerusform>
            <numerusform>%n certificates saved ({new} new numbers): {where}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="331"/>
        <source>Menyiapkan cetak…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/page.py" line="339"/>
        <source>%n sertifikat dicetak.</source>
        <translation>
            <numerusform>%n certificate printed.</numerusform>
            <numerusform>%n certificates printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/page.py" line="342"/>
        <source>Cetak sertifikat</source>
        <translation>Print certificates</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="45"/>
        <source>Server basis data</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="48"/>
        <source>Pakai server bersama (PostgreSQL) untuk beberapa meja</source>
        <translation>Use a shared server (PostgreSQL) for several desks</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="53"/>
        <source>mis. 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="61"/>
        <source>disimpan di brankas kata sandi sistem</source>
        <translation>kept in the system&apos;s password store</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="64"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="65"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="66"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="67"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="68"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="70"/>
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="73"/>
        <source>Berlaku setelah aplikasi dibuka ulang.</source>
        <translation>Applies after restarting the app.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="97"/>
        <source>Menghubungi server …</source>
        <translation>Contacting the server …</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="114"/>
        <source>Berhasil: server dapat dipakai meja ini.</source>
        <translation>Works: this desk can use the server.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="115"/>
        <source>Isi server, basis data dan pengguna dulu.</source>
        <translation>Fill in server, database and user first.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="117"/>
        <source>Server tidak menjawab. Periksa alamat, port, jaringan, dan apakah server menyala.</source>
        <translation>The server does not answer. Check the address, port, network, and whether the server is on.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="119"/>
        <source>Pengguna atau kata sandi ditolak server. Periksa keduanya.</source>
        <translation>The server refused the user or password. Check both.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="120"/>
        <source>Basis data dengan nama itu tidak ada di server.</source>
        <translation>There is no database of that name on the server.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="121"/>
        <source>Basis data itu berisi tabel program lain. Pilih basis data kosong.</source>
        <translation>That database holds another program&apos;s tables. Choose an empty database.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/server_dialog.py" line="122"/>
        <source>Pustaka PostgreSQL (psycopg) belum terpasang di laptop ini.</source>
        <translation>The PostgreSQL library (psycopg) is not installed on this laptop.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="40"/>
        <source>Pengaturan laptop ini</source>
        <translation>Settings for this laptop</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="46"/>
        <source>mis. Meja 2</source>
        <translation>e.g. Desk 2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="49"/>
        <source>nama petugas di meja ini</source>
        <translation>name of the staff at this desk</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="54"/>
        <source>Nama meja</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="55"/>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="56"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="59"/>
        <source>kosong: hanya folder data pengguna</source>
        <translation>empty: the user data folder only</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="60"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="64"/>
        <source>Folder cadangan kedua (USB)</source>
        <translation>Second backup folder (USB)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="66"/>
        <source>Nama meja dan petugas tercatat di setiap check-in. Bahasa berlaku setelah aplikasi dibuka ulang.</source>
        <translation>The desk name and staff are recorded with every check-in. The language applies after restarting the app.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="71"/>
        <source>Server basis data …</source>
        <translation>Database server …</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="72"/>
        <source>Beberapa meja memakai satu server PostgreSQL bersama.</source>
        <translation>Several desks share one PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="83"/>
        <source>Pilih folder cadangan kedua</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="26"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/settings_dialog.py" line="27"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="205"/>
        <source>Tanda tangan kehadiran</source>
        <translation>Attendance signature</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="209"/>
        <source>Tanda tangan: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="216"/>
        <source>Ulangi</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="218"/>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="220"/>
        <source>Simpan tanda tangan</source>
        <translation>Save signature</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="34"/>
        <source>DIJEDA</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="35"/>
        <source>SIAP</source>
        <translation>READY</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="36"/>
        <source>LEWAT WAKTU</source>
        <translation>OVERTIME</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="166"/>
        <source>Isi umpan balik dari ponsel Anda</source>
        <translation>Give your feedback from your phone</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="179"/>
        <source>Sambungkan ponsel ke Wi-Fi tempat acara, lalu pindai kode ini dengan kamera.</source>
        <translation>Connect your phone to the venue Wi-Fi, then scan this code with the camera.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="206"/>
        <source>Agenda selesai</source>
        <translation>Agenda finished</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="207"/>
        <source>Agenda belum diisi</source>
        <translation>No agenda yet</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/display.py" line="261"/>
        <source>Berikutnya: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../asn_event/ui/stage/window.py" line="34"/>
        <source>Layar %1 · %2</source>
        <translation>Screen %1 · %2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/window.py" line="42"/>
        <source>Layar %1 (utama): %2</source>
        <translation>Screen %1 (main): %2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/window.py" line="44"/>
        <source>Layar %1: %2</source>
        <translation>Screen %1: %2</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/window.py" line="56"/>
        <source>Layar panggung</source>
        <translation>Stage screen</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../asn_event/app.py" line="109"/>
        <source>Kata sandi server basis data untuk %1:</source>
        <translation>Database server password for %1:</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../asn_event/ui/shell/tasks.py" line="159"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="38"/>
        <source>SIAP</source>
        <translation>READY</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="39"/>
        <source>BERJALAN</source>
        <translation>RUNNING</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="40"/>
        <source>DIJEDA</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="41"/>
        <source>LEWAT WAKTU</source>
        <translation>OVERTIME</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="42"/>
        <source>SELESAI</source>
        <translation>FINISHED</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="51"/>
        <source>kuning</source>
        <translation>amber</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="52"/>
        <source>merah</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="53"/>
        <source>waktu habis</source>
        <translation>time up</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="118"/>
        <source>Pratinjau layar panggung</source>
        <translation>Stage screen preview</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="125"/>
        <source>Tampilkan di layar panggung</source>
        <translation>Show on stage screen</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="137"/>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="295"/>
        <source>Mulai (Spasi)</source>
        <translation>Start (Space)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="138"/>
        <source>Sebelumnya (P)</source>
        <translation>Previous (P)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="139"/>
        <source>Berikutnya (N)</source>
        <translation>Next (N)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="140"/>
        <source>1 menit (-)</source>
        <translation>1 min (-)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="141"/>
        <source>1 menit (+)</source>
        <translation>1 min (+)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="142"/>
        <source>Pesan (M)</source>
        <translation>Message (M)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="143"/>
        <source>Layar gelap (B)</source>
        <translation>Blackout (B)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="233"/>
        <source>Opsi</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="235"/>
        <source>Jam di layar panggung, bunyi dan kilat peringatan</source>
        <translation>Clock on the stage screen, warning sounds and flashes</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="236"/>
        <source>Tampilkan jam di layar panggung</source>
        <translation>Show clock on stage screen</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="241"/>
        <source>Bunyi</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="242"/>
        <source>Kilat di panggung</source>
        <translation>Stage flash</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="251"/>
        <source>Ulangi</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="253"/>
        <source>Ulangi sesi ini dari awal</source>
        <translation>Restart this session</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="254"/>
        <source>Ulangi seluruh agenda (hapus waktu sebenarnya)…</source>
        <translation>Restart the whole agenda (clear actual times)…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="278"/>
        <source>Berikutnya: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="282"/>
        <source>Tidak ada sesi berikutnya.</source>
        <translation>No next session.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="284"/>
        <source>Pesan di panggung: %1</source>
        <translation>Message on stage: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="286"/>
        <source>Layar panggung gelap.</source>
        <translation>Stage screen blacked out.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/timer_control.py" line="293"/>
        <source>Jeda (Spasi)</source>
        <translation>Pause (Space)</translation>
    </message>
</context>
<context>
    <name>TimerPage</name>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="71"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="98"/>
        <source>Kendali</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="103"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="121"/>
        <source>Belum ada acara. Buat acara di halaman Acara.</source>
        <translation>No event yet. Create one on the Event page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="129"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="166"/>
        <source>Belum dimulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="168"/>
        <source>Tepat jadwal</source>
        <translation>On schedule</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/stage/page.py" line="170"/>
        <source>+%n menit dari jadwal</source>
        <translation>
            <numerusform>%n minute behind schedule</numerusform>
            <numerusform>%n minutes behind schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/stage/page.py" line="171"/>
        <source>-%n menit dari jadwal</source>
        <translation>
            <numerusform>%n minute ahead of schedule</numerusform>
            <numerusform>%n minutes ahead of schedule</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="217"/>
        <source>Timer tetap berjalan, tetapi keadaannya tidak tersimpan: %1</source>
        <translation>The timer keeps running, but its state was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="247"/>
        <source>Pesan ke pembicara</source>
        <translation>Message to speaker</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="248"/>
        <source>Pesan di layar panggung:</source>
        <translation>Message on the stage screen:</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="259"/>
        <source>Ulangi seluruh agenda</source>
        <translation>Restart the whole agenda</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="260"/>
        <source>Semua waktu sebenarnya akan dihapus dan timer kembali ke sesi pertama. Lanjutkan?</source>
        <translation>All actual times will be cleared and the timer goes back to the first session. Continue?</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="271"/>
        <source>Agenda disimpan.</source>
        <translation>Agenda saved.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/stage/page.py" line="343"/>
        <source>Layar panggung terlepas. Tampilannya kembali ke layar utama; timer tetap berjalan.</source>
        <translation>The stage screen was disconnected. The display is back on the main screen; the timer keeps running.</translation>
    </message>
</context>
<context>
    <name>UmpanBalikPage</name>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="66"/>
        <location filename="../../asn_event/ui/feedback/page.py" line="179"/>
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="74"/>
        <location filename="../../asn_event/ui/feedback/page.py" line="121"/>
        <source>Formulir</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="77"/>
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="78"/>
        <source>Tambah formulir bawaan Evaluasi Coaching Ber-AKHLAK</source>
        <translation>Add the default Ber-AKHLAK Coaching Evaluation form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="80"/>
        <source>Salin…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="81"/>
        <source>Salin formulir dari acara lain</source>
        <translation>Copy a form from another event</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="86"/>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="88"/>
        <source>Buka kios</source>
        <translation>Open kiosk</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="91"/>
        <source>Buka formulir untuk ponsel</source>
        <translation>Open the form for phones</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="93"/>
        <source>Sajikan formulir di jaringan tempat acara; peserta mengisi dari ponsel lewat kode QR</source>
        <translation>Serve the form on the venue network; participants fill it in on their phones via a QR code</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="104"/>
        <source>Respons per saluran</source>
        <translation>Responses per channel</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="120"/>
        <source>Hasil</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="122"/>
        <source>Entri kertas</source>
        <translation>Paper entry</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="165"/>
        <source>Respons: kios {kiosk} · kertas {paper} · ponsel {phone} = {total} dari {attended} hadir</source>
        <translation>Responses: kiosk {kiosk} · paper {paper} · phone {phone} = {total} of {attended} present</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="172"/>
        <source>formulir ponsel aktif di {url}</source>
        <translation>phone form running at {url}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="224"/>
        <source>Belum ada acara. Buat acara di halaman Acara.</source>
        <translation>No event yet. Create one on the Event page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="228"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="228"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/page.py" line="229"/>
        <source>{title} · %n respons · {state}</source>
        <translation>
            <numerusform>{title} · %n response · {state}</numerusform>
            <numerusform>{title} · %n responses · {state}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="262"/>
        <source>Belum ada formulir umpan balik untuk acara ini. Tekan “Bawaan” untuk formulir Evaluasi Coaching Ber-AKHLAK, atau salin formulir dari acara lain.</source>
        <translation>No feedback form for this event yet. Press “Default” for the Ber-AKHLAK Coaching Evaluation form, or copy a form from another event.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="324"/>
        <source>Formulir Evaluasi Coaching Ber-AKHLAK ditambahkan.</source>
        <translation>Ber-AKHLAK Coaching Evaluation form added.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="332"/>
        <location filename="../../asn_event/ui/feedback/page.py" line="337"/>
        <source>Salin formulir</source>
        <translation>Copy form</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="332"/>
        <source>Belum ada formulir di acara lain untuk disalin.</source>
        <translation>No forms in other events to copy yet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="337"/>
        <source>Salin formulir dari:</source>
        <translation>Copy form from:</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="349"/>
        <source>Formulir disalin: {title}</source>
        <translation>Form copied: {title}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="357"/>
        <location filename="../../asn_event/ui/feedback/page.py" line="362"/>
        <source>Ekspor hasil umpan balik</source>
        <translation>Export feedback results</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="364"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/feedback/page.py" line="382"/>
        <source>Diekspor ke {path}: %n respons ({rate}).</source>
        <translation>
            <numerusform>Exported to {path}: %n response ({rate}).</numerusform>
            <numerusform>Exported to {path}: %n responses ({rate}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="389"/>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="409"/>
        <source>Kios dibuka. Keluar dengan Esc dan PIN panitia.</source>
        <translation>Kiosk opened. Leave with Esc and the organizer PIN.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="430"/>
        <source>Formulir ponsel aktif di {url}</source>
        <translation>Phone form running at {url}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="432"/>
        <source>Formulir ponsel dihentikan.</source>
        <translation>Phone form stopped.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/feedback/page.py" line="450"/>
        <source>Kios ditutup.</source>
        <translation>Kiosk closed.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="241"/>
        <source>Batalkan check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="250"/>
        <source>check-in pukul %1 WIB</source>
        <translation>checked in at %1 WIB</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="254"/>
        <source>Alasan pembatalan (tercatat):</source>
        <translation>Reason for undoing (recorded):</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="256"/>
        <source>misalnya: salah orang</source>
        <translation>for example: wrong person</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="260"/>
        <source>Batalkan check-in orang ini</source>
        <translation>Undo this person&apos;s check-in</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="60"/>
        <source>Pindai QR pada sertifikat dengan pemindai, atau tempel isinya. Pemeriksaan memakai kunci publik saja, jadi bisa dilakukan di laptop lain tanpa basis data ini.</source>
        <translation>Scan the QR code on the certificate, or paste its contents. The check uses only the public key, so it works on another laptop without this database.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="70"/>
        <source>Pindai atau tempel kode QR sertifikat, atau ketik kode pendek ABCDE-12345</source>
        <translation>Scan or paste the certificate QR code, or type the short code ABCDE-12345</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="73"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="96"/>
        <source>Ekspor kunci publik…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="98"/>
        <source>Impor kunci publik kantor lain…</source>
        <translation>Import another office&apos;s public key…</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="125"/>
        <source>belum ada (dibuat saat sertifikat pertama)</source>
        <translation>none yet (made with the first certificate)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="127"/>
        <source>Kunci yang dipakai: {ids}</source>
        <translation>Keys in use: {ids}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_event/ui/certificates/verify.py" line="150"/>
        <source>&lt;b&gt;Terdaftar di basis data ini&lt;/b&gt; (kode pendek {code}).&lt;br&gt;Nomor {number}&lt;br&gt;{name}&lt;br&gt;Dicetak %n kali</source>
        <translation>
            <numerusform>&lt;b&gt;Recorded in this database&lt;/b&gt; (short code {code}).&lt;br&gt;Number {number}&lt;br&gt;{name}&lt;br&gt;Printed %n time</numerusform>
            <numerusform>&lt;b&gt;Recorded in this database&lt;/b&gt; (short code {code}).&lt;br&gt;Number {number}&lt;br&gt;{name}&lt;br&gt;Printed %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="163"/>
        <source>ASLI</source>
        <translation>GENUINE</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="164"/>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="165"/>
        <source>KUNCI TIDAK DIKENAL</source>
        <translation>UNKNOWN KEY</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="166"/>
        <source>BUKAN KODE SERTIFIKAT</source>
        <translation>NOT A CERTIFICATE CODE</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="171"/>
        <source>Isi kode</source>
        <translation>Code contents</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="171"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="188"/>
        <source>Ekspor kunci publik</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="196"/>
        <source>Kunci tidak tersimpan: {error}</source>
        <translation>Key not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="201"/>
        <source>Kunci publik disimpan ke {path}. Bagikan berkas ini ke pemeriksa.</source>
        <translation>Public key saved to {path}. Share this file with the checkers.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="206"/>
        <source>Impor kunci publik</source>
        <translation>Import public key</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/certificates/verify.py" line="206"/>
        <source>PEM (*.pem);;Semua berkas (*)</source>
        <translation>PEM (*.pem);;All files (*)</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="40"/>
        <source>Peserta baru (tanpa undangan)</source>
        <translation>New participant (no invitation)</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="46"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="48"/>
        <source>18 angka; kosongkan untuk non-ASN</source>
        <translation>18 digits; leave empty for non-civil servants</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="53"/>
        <source>Pilih atau ketik unit kerja</source>
        <translation>Choose or type a work unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="55"/>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="64"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="61"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="62"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="63"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="81"/>
        <source>Daftarkan dan check-in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="97"/>
        <source>Dihitung sebagai: %1</source>
        <translation>Counted under: %1</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="100"/>
        <source>Unit baru akan dibuat — mirip %1? Pilih dari daftar bila benar.</source>
        <translation>A new unit will be created — did you mean %1? Pick it from the list if so.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/checkin/dialogs.py" line="105"/>
        <source>Unit baru akan dibuat.</source>
        <translation>A new unit will be created.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../asn_event/ui/shell/errors.py" line="52"/>
        <source>Berkas tidak dapat dibaca atau ditulis: %1 (%2). Tidak ada yang diubah.</source>
        <translation>The file cannot be read or written: %1 (%2). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/errors.py" line="97"/>
        <source>Terjadi kesalahan yang tidak terduga (%1). Data yang sudah tersimpan aman. Catatan teknis ada di %2.</source>
        <translation>An unexpected error occurred (%1). Data already saved is safe. Technical notes are in %2.</translation>
    </message>
    <message>
        <location filename="../../asn_event/ui/shell/errors.py" line="110"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="30"/>
        <source>Basis data sedang dipakai meja lain terlalu lama. Coba lagi sebentar; data Anda belum disimpan.</source>
        <translation>Another desk has been using the database for too long. Try again in a moment; your data has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="33"/>
        <source>Disk penuh: tidak ada yang disimpan. Kosongkan ruang disk (hapus berkas yang tidak perlu), lalu ulangi.</source>
        <translation>The disk is full: nothing was saved. Free some disk space (delete files you do not need), then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="37"/>
        <source>Server basis data {server} tidak dapat dihubungi atau sambungannya terputus. Periksa jaringan dan alamat server, lalu ulangi; data Anda belum disimpan.</source>
        <translation>The database server {server} cannot be reached or the connection was lost. Check the network and the server address, then try again; your data has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="42"/>
        <source>Berkas basis data tidak ditemukan: {path}. Periksa lokasinya, atau buat yang baru dengan &apos;asn-event demo --db BERKAS&apos;.</source>
        <translation>Database file not found: {path}. Check where it is, or create a new one with &apos;asn-event demo --db FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="47"/>
        <source>Basis data hanya bisa dibaca ({path}). Salin berkas ke folder yang bisa ditulis, atau periksa izin berkasnya.</source>
        <translation>The database can only be read ({path}). Copy the file to a folder you can write to, or check its permissions.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="51"/>
        <source>Berkas {path} bukan basis data Sinar ASN atau rusak. Berkas tidak diubah. Pulihkan dari cadangan, atau pilih berkas lain.</source>
        <translation>The file {path} is not a Sinar ASN database or is damaged. The file was not changed. Restore it from a backup, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="56"/>
        <source>Berkas {path} rusak ({reason}). Berkas tidak diubah. Cadangan utuh terbaru: {backup}. Pulihkan dengan: asn-event restore &quot;{backup}&quot; --db &quot;{path}&quot;</source>
        <translation>The file {path} is damaged ({reason}). The file was not changed. Newest verified backup: {backup}. Restore it with: asn-event restore &quot;{backup}&quot; --db &quot;{path}&quot;</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="61"/>
        <source>Berkas {path} rusak ({reason}). Berkas tidak diubah. Tidak ada cadangan otomatis yang utuh. Pulihkan dari salinan lain, atau pilih berkas lain.</source>
        <translation>The file {path} is damaged ({reason}). The file was not changed. There is no verified automatic backup. Restore from another copy, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="66"/>
        <source>Basis data ini bukan milik Sinar ASN atau rusak. Tidak ada yang diubah. Pilih basis data lain (buat yang kosong untuk Sinar ASN).</source>
        <translation>This database does not belong to Sinar ASN or is damaged. Nothing was changed. Choose another database (create an empty one for Sinar ASN).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="71"/>
        <source>Basis data ini dibuat oleh versi program yang lebih baru (skema {revision}). Berkas tidak diubah. Perbarui program ini lalu buka lagi.</source>
        <translation>This database was made by a newer version of the program (schema {revision}). The file was not changed. Update this program, then open it again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="76"/>
        <source>Berkas basis data tidak dapat dibaca atau ditulis ({reason}). Periksa disk atau folder bersamanya.</source>
        <translation>The database file cannot be read or written ({reason}). Check the disk or the shared folder.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="79"/>
        <source>Alamat basis data &apos;{target}&apos; tidak dikenali. Tulis path berkas SQLite, atau URL seperti postgresql+psycopg://PENGGUNA@SERVER/NAMA.</source>
        <translation>The database address &apos;{target}&apos; is not recognised. Write the path of a SQLite file, or a URL such as postgresql+psycopg://USER@SERVER/NAME.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="84"/>
        <source>Jenis basis data &apos;{backend}&apos; tidak didukung. Pakai berkas SQLite atau PostgreSQL (postgresql+psycopg://…).</source>
        <translation>The database type &apos;{backend}&apos; is not supported. Use a SQLite file or PostgreSQL (postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="88"/>
        <source>Basis data tidak dapat dibuka: {reason}</source>
        <translation>The database cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="89"/>
        <source>Server basis data {server} menolak sambungan ({reason}). Periksa nama basis data, pengguna dan sandi.</source>
        <translation>The database server {server} refused the connection ({reason}). Check the database name, user and password.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="93"/>
        <source>Data bentrok dengan yang tersimpan. Muat ulang lalu coba lagi.</source>
        <translation>The data clashes with what is stored. Reload, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="94"/>
        <source>Tulis alasan pembatalan (misalnya: salah orang). Alasan wajib diisi.</source>
        <translation>Write the reason for the undo (for example: wrong person). A reason is required.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="97"/>
        <source>{name} belum check-in; tidak ada yang dibatalkan.</source>
        <translation>{name} has not checked in; there is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="98"/>
        <source>Tanda tangan hanya untuk peserta yang sudah check-in.</source>
        <translation>A signature is only for participants who have checked in.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="99"/>
        <source>Tanda tangan kosong. Minta peserta menandatangani, atau pilih Lewati.</source>
        <translation>The signature is empty. Ask the participant to sign, or choose Skip.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="102"/>
        <source>Data tanda tangan tidak dapat dibaca. Ulangi tanda tangan.</source>
        <translation>The signature cannot be read. Sign again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="103"/>
        <source>Tanda tangan kosong atau terlalu panjang. Ulangi tanda tangan.</source>
        <translation>The signature is empty or too long. Sign again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="106"/>
        <source>Agenda masih kosong. Tambahkan sesi di editor agenda, lalu mulai.</source>
        <translation>The agenda is empty. Add sessions in the agenda editor, then start.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="107"/>
        <source>Sesi &quot;{title}&quot; sedang berjalan dan tidak bisa dihapus. Lanjutkan ke sesi berikutnya dulu, lalu hapus.</source>
        <translation>Session &quot;{title}&quot; is running and cannot be removed. Move on to the next session first, then remove it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="110"/>
        <source>Keadaan timer yang tersimpan tidak bisa dibaca ({reason}). Timer dimulai ulang dari awal; waktu sebenarnya tiap sesi mungkin perlu dicek.</source>
        <translation>The saved timer state cannot be read ({reason}). The timer starts again from the beginning; check the actual times of each session.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="115"/>
        <source>Nomor sertifikat bentrok dengan yang baru saja dibuat di meja lain. Ulangi sekali lagi.</source>
        <translation>The certificate number clashes with one just made at another desk. Try once more.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="118"/>
        <source>Pertanyaan “{text}” sudah dijawab {count} orang dan tidak bisa dihapus. Buat formulir baru bila isinya harus berubah.</source>
        <translation>The question “{text}” has been answered by {count} people and cannot be removed. Make a new form if its content must change.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="123"/>
        <source>Jenis pertanyaan “{text}” tidak bisa diubah: sudah ada jawaban. Tambahkan pertanyaan baru saja.</source>
        <translation>The kind of the question “{text}” cannot be changed: it already has answers. Add a new question instead.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="127"/>
        <source>Formulir “{title}” sudah diisi {count} orang dan tidak bisa dihapus. Nonaktifkan saja.</source>
        <translation>The form “{title}” has been filled in by {count} people and cannot be deleted. Switch it off instead.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="130"/>
        <source>Impor dibatalkan: basis data berubah selama penyimpanan. Coba lagi.</source>
        <translation>Import cancelled: the database changed while saving. Try again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="133"/>
        <source>NIP {nip} sudah dipakai oleh {name}. Cari orang itu di daftar dan ubah datanya.</source>
        <translation>NIP {nip} is already used by {name}. Find that person in the list and edit their details.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="136"/>
        <source>Data bentrok dengan yang tersimpan (NIP ganda?). Muat ulang lalu coba lagi.</source>
        <translation>The data clashes with what is stored (a duplicate NIP?). Reload, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="139"/>
        <source>Kode acara {code} sudah dipakai. Pilih kode lain.</source>
        <translation>Event code {code} is already in use. Choose another code.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="140"/>
        <source>Acara #{id} tidak dihapus.</source>
        <translation>Event #{id} was not deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="150"/>
        <source>Acara nomor {id} tidak ada. Pilih acara lain (daftar: asn-event events).</source>
        <translation>There is no event number {id}. Choose another event (list: asn-event events).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="153"/>
        <source>Peserta ini tidak terdaftar di acara ini. Muat ulang daftar.</source>
        <translation>This participant is not registered for this event. Reload the list.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="154"/>
        <source>Formulir umpan balik #{id} tidak ditemukan. Muat ulang daftar formulir.</source>
        <translation>Feedback form #{id} was not found. Reload the list of forms.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="155"/>
        <source>Orang ini sudah dihapus dari daftar. Muat ulang daftar peserta.</source>
        <translation>This person has been removed from the list. Reload the participant list.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="156"/>
        <source>Acara sumber sudah tidak ada.</source>
        <translation>The source event no longer exists.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="157"/>
        <source>Data yang dicari sudah tidak ada. Muat ulang lalu coba lagi.</source>
        <translation>What you asked for no longer exists. Reload, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="160"/>
        <source>Tindakan ini ditolak ({code}).</source>
        <translation>This action was refused ({code}).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="163"/>
        <source>Selamat datang, {name}. Check-in pukul {time} di {desk}.</source>
        <translation>Welcome, {name}. Checked in at {time} at {desk}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="164"/>
        <source>{name} sudah check-in pukul {time} di {desk}. Tidak perlu dipindai lagi.</source>
        <translation>{name} already checked in at {time} at {desk}. No need to scan again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="167"/>
        <source>Kode terbaca sebagian. Pindai ulang pelan-pelan, kode harus utuh dan tidak terlipat.</source>
        <translation>Only part of the code was read. Scan again slowly; the code must be whole and not folded.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="170"/>
        <source>Undangan ini untuk acara lain{other}. Tanyakan undangan acara hari ini, atau cari nama peserta di kolom atas.</source>
        <translation>This invitation is for another event{other}. Ask for today&apos;s invitation, or search the participant&apos;s name in the field above.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="174"/>
        <source>Kode tidak sah: sudah diubah atau bukan dari panitia. Cari nama peserta di kolom atas dan laporkan ke panitia.</source>
        <translation>Invalid code: altered or not from the organizers. Search the participant&apos;s name in the field above and tell the organizers.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="178"/>
        <source>Undangan ini sudah tidak terdaftar. Cari nama peserta di kolom atas, atau daftarkan sebagai peserta baru.</source>
        <translation>This invitation is no longer registered. Search the participant&apos;s name in the field above, or register them as a new participant.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="182"/>
        <source>Kode tidak dikenal. Cari nama peserta di kolom atas.</source>
        <translation>Unknown code. Search the participant&apos;s name in the field above.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="203"/>
        <source>Judul acara wajib diisi.</source>
        <translation>The event title is required.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="204"/>
        <source>Judul acara terlalu panjang (paling banyak {limit} huruf).</source>
        <translation>The event title is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="207"/>
        <source>Tanggal acara wajib diisi.</source>
        <translation>The event date is required.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="208"/>
        <source>Jam mulai wajib diisi.</source>
        <translation>The start time is required.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="209"/>
        <source>Jam selesai harus sesudah jam mulai.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="210"/>
        <source>Tempat acara wajib diisi.</source>
        <translation>The venue is required.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="211"/>
        <source>JP harus antara 0 dan {limit}.</source>
        <translation>JP must be between 0 and {limit}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="212"/>
        <source>NIP penandatangan: {reason}</source>
        <translation>Signer&apos;s NIP: {reason}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="213"/>
        <source>Kode acara hanya huruf besar, angka dan tanda hubung (3-40 karakter).</source>
        <translation>The event code may only hold capital letters, digits and hyphens (3-40 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="217"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="219"/>
        <source>NIP wajib diisi untuk {employment}; kosongkan hanya untuk non-ASN.</source>
        <translation>A NIP is required for {employment}; leave it empty only for non-ASN.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="222"/>
        <source>Jenis kelamin L atau P.</source>
        <translation>Sex: L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="223"/>
        <source>Unit kerja wajib diisi (untuk hitungan per unit).</source>
        <translation>The work unit is required (for the count per unit).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="228"/>
        <source>Peserta ini baru saja didaftarkan dari meja lain. Cari namanya lalu check-in.</source>
        <translation>This participant was just registered at another desk. Search for the name, then check in.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="232"/>
        <source>{field} terlalu panjang ({length} karakter; paling banyak {limit}). Periksa isinya.</source>
        <translation>{field} is too long ({length} characters; at most {limit}). Check what it holds.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="236"/>
        <source>Judul sesi belum diisi. Tulis judulnya, misalnya &quot;Arahan Wali Kota&quot;.</source>
        <translation>The segment has no title yet. Type one, for example &quot;Mayor&apos;s address&quot;.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="239"/>
        <source>Judul sesi terlalu panjang (paling banyak {limit} huruf). Persingkat.</source>
        <translation>The segment title is too long (at most {limit} characters). Shorten it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="242"/>
        <source>Nama pembicara terlalu panjang (paling banyak {limit} huruf). Persingkat.</source>
        <translation>The speaker&apos;s name is too long (at most {limit} characters). Shorten it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="245"/>
        <source>Durasi sesi &quot;{title}&quot; harus lebih dari 0 menit. Isi lamanya dalam menit, misalnya 10.</source>
        <translation>The length of segment &quot;{title}&quot; must be more than 0 minutes. Type its length in minutes, for example 10.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="248"/>
        <source>Durasi sesi &quot;{title}&quot; {minutes} menit terlalu panjang (paling lama {limit} menit). Periksa angkanya, atau bagi menjadi beberapa sesi.</source>
        <translation>Segment &quot;{title}&quot; is too long at {minutes} minutes (at most {limit} minutes). Check the number, or split it into several segments.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="253"/>
        <source>Batas peringatan sesi &quot;{title}&quot; tidak boleh negatif. Isi 0 untuk mematikan peringatan.</source>
        <translation>The warning limits of segment &quot;{title}&quot; cannot be negative. Type 0 to turn the warning off.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="256"/>
        <source>Batas kuning sesi &quot;{title}&quot; terlalu panjang (paling lama {limit} menit).</source>
        <translation>The amber limit of segment &quot;{title}&quot; is too long (at most {limit} minutes).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="259"/>
        <source>Batas merah sesi &quot;{title}&quot; ({danger}) harus sama atau lebih pendek dari batas kuning ({warning}).</source>
        <translation>The red limit of segment &quot;{title}&quot; ({danger}) must be the same as or shorter than the amber limit ({warning}).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="263"/>
        <source>Sesi &quot;{title}&quot; muncul dua kali di agenda. Hapus salah satunya.</source>
        <translation>Segment &quot;{title}&quot; appears twice in the agenda. Remove one of them.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="266"/>
        <source>Agenda tersimpan tidak bisa dijalankan: {reason}</source>
        <translation>The saved agenda cannot be run: {reason}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="267"/>
        <source>Agenda acara ini sudah berisi. Ubah sesinya satu per satu di tabel.</source>
        <translation>This event&apos;s agenda already has segments. Change them one by one in the table.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="271"/>
        <source>PIN harus {low} sampai {high} angka. Ketik ulang PIN.</source>
        <translation>The PIN must be {low} to {high} digits. Type the PIN again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="272"/>
        <source>PIN terlalu mudah ditebak (angka sama atau berurutan). Pilih PIN lain.</source>
        <translation>The PIN is too easy to guess (repeated or consecutive digits). Choose another PIN.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="275"/>
        <source>Tindakan ini perlu PIN penyelenggara: tambahkan --pin PIN (atau {env}).</source>
        <translation>This action needs the organizer PIN: add --pin PIN (or {env}).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="278"/>
        <source>PIN penyelenggara salah. Tidak ada yang diubah.</source>
        <translation>Wrong organizer PIN. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="280"/>
        <source>Judul formulir masih kosong. Isi judulnya.</source>
        <translation>The form has no title yet. Type one.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="281"/>
        <source>Formulir belum berisi pertanyaan. Tambahkan paling sedikit satu.</source>
        <translation>The form has no questions yet. Add at least one.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="284"/>
        <source>Bagian ke-{number} belum berjudul. Isi judulnya.</source>
        <translation>Section {number} has no title yet. Type one.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="285"/>
        <source>Bagian “{title}” kosong. Tambahkan pertanyaan atau hapus bagiannya.</source>
        <translation>Section “{title}” is empty. Add a question or remove the section.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="288"/>
        <source>Ada pertanyaan tanpa teks di bagian “{title}”. Isi teksnya.</source>
        <translation>A question in section “{title}” has no text. Type it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="291"/>
        <source>Pertanyaan “{text}” butuh paling sedikit dua pilihan.</source>
        <translation>Question “{text}” needs at least two choices.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="294"/>
        <source>Pilihan jawaban “{text}” ada yang kembar.</source>
        <translation>Question “{text}” has the same choice twice.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="298"/>
        <source>Pilih nilai {low} sampai {high}.</source>
        <translation>Choose a value from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="299"/>
        <source>Pilih salah satu jawaban yang tersedia.</source>
        <translation>Choose one of the answers offered.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="300"/>
        <source>Pilih satu atau lebih jawaban yang tersedia.</source>
        <translation>Choose one or more of the answers offered.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="301"/>
        <source>Jawaban harus berupa teks.</source>
        <translation>The answer must be text.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="302"/>
        <source>Jawaban terlalu panjang: {length} karakter, paling banyak {limit}. Ringkas jawaban Anda.</source>
        <translation>The answer is too long: {length} characters, at most {limit}. Shorten your answer.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="305"/>
        <source>Jenis pertanyaan tidak dikenal.</source>
        <translation>Unknown question type.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="306"/>
        <source>Pertanyaan ini wajib dijawab.</source>
        <translation>This question must be answered.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="318"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="323"/>
        <source>Silakan isi formulir.</source>
        <translation>Please fill in the form.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="324"/>
        <source>Kode ini sudah dipakai mengisi formulir. Terima kasih, satu kali saja cukup.</source>
        <translation>This code has already been used to fill in the form. Thank you, once is enough.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="327"/>
        <source>Ini bukan kode undangan. Pindai kode QR pada undangan Anda.</source>
        <translation>This is not an invitation code. Scan the QR code on your invitation.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="328"/>
        <source>Kode tidak sah. Minta bantuan petugas.</source>
        <translation>Invalid code. Ask a staff member for help.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="329"/>
        <source>Kode ini untuk acara lain. Minta bantuan petugas.</source>
        <translation>This code is for another event. Ask a staff member for help.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="330"/>
        <source>Kode tidak terdaftar di acara ini. Minta bantuan petugas.</source>
        <translation>This code is not registered for this event. Ask a staff member for help.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="331"/>
        <source>NIP ini tidak terdaftar di acara ini. Periksa angkanya atau ketik kode undangan.</source>
        <translation>This NIP is not registered for this event. Check the digits or type the invitation code.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="337"/>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="374"/>
        <source>Berkas tidak ditemukan: {path}. Periksa nama dan foldernya.</source>
        <translation>File not found: {path}. Check the name and the folder.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="375"/>
        <source>Berkas cadangan {path} sudah ada. Pilih nama lain.</source>
        <translation>The backup file {path} already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="376"/>
        <source>Berkas basis data tidak ditemukan: {path}.</source>
        <translation>Database file not found: {path}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="377"/>
        <source>{path} bukan folder. Pilih folder lain untuk cadangan.</source>
        <translation>{path} is not a folder. Choose another folder for backups.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="378"/>
        <source>Cadangan gagal dibuat: {reason}. Basis data tidak diubah.</source>
        <translation>The backup could not be made: {reason}. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="379"/>
        <source>Cadangan gagal diperiksa dan tidak disimpan: {problem}</source>
        <translation>The backup failed its check and was not kept: {problem}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="380"/>
        <source>Cadangan tidak dapat ditulis ke {folder} ({reason}). Basis data tidak diubah.</source>
        <translation>The backup cannot be written to {folder} ({reason}). The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="383"/>
        <source>Folder cadangan kedua {path} tidak ada (diska lepas dicabut?).</source>
        <translation>The second backup folder {path} does not exist (USB drive removed?).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="386"/>
        <source>Cadangan berkas hanya untuk basis data SQLite; untuk PostgreSQL pakai pg_dump.</source>
        <translation>File backups are for SQLite databases only; for PostgreSQL use pg_dump.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="389"/>
        <source>Basis data {path} sedang dibuka program lain (meja lain atau jendela Sinar ASN lain). Tutup program itu dulu, lalu ulangi. Tidak ada yang diubah.</source>
        <translation>The database {path} is open in another program (another desk or another Sinar ASN window). Close that program first, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="394"/>
        <source>Penghubung basis data untuk &apos;{driver}&apos; tidak terpasang. Untuk PostgreSQL pasang &apos;pip install &quot;.[postgres]&quot;&apos; dan pakai postgresql+psycopg://…</source>
        <translation>The database driver for &apos;{driver}&apos; is not installed. For PostgreSQL install &apos;pip install &quot;.[postgres]&quot;&apos; and use postgresql+psycopg://…</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="399"/>
        <source>Berkas cadangan sama dengan basis data yang dipakai. Pilih berkas cadangan lain.</source>
        <translation>The backup file is the database in use. Choose another backup file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="402"/>
        <source>Folder {path} tidak ada. Pilih lokasi basis data lain.</source>
        <translation>The folder {path} does not exist. Choose another location for the database.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="403"/>
        <source>Pemulihan gagal ({reason}); basis data lama tetap dipakai.</source>
        <translation>The restore failed ({reason}); the old database is still in use.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="406"/>
        <source>Cadangan dan pemulihan hanya untuk berkas SQLite; untuk PostgreSQL pakai pg_dump/pg_restore.</source>
        <translation>Backup and restore are for SQLite files only; for PostgreSQL use pg_dump/pg_restore.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="410"/>
        <source>Berkas {path} tidak dapat digabungkan: {problem}</source>
        <translation>The file {path} cannot be merged: {problem}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="411"/>
        <source>Berkas itu adalah basis data yang sedang dipakai. Pilih salinan dari laptop lain.</source>
        <translation>That file is the database in use. Choose the copy from the other laptop.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="414"/>
        <source>Berkas {path} berasal dari kantor lain (kunci tanda tangan sertifikat berbeda). Tidak ada yang digabungkan.</source>
        <translation>The file {path} comes from another office (a different certificate signing key). Nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="418"/>
        <source>Tidak ada acara yang sama di kedua berkas (dicocokkan dengan kode acara).</source>
        <translation>No event is in both files (matched by event code).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="421"/>
        <source>Kunci tanda tangan kantor hilang, padahal {issued} sertifikat sudah terbit. Kunci baru tidak dibuat (sertifikat lama tidak akan terverifikasi). Pulihkan kunci: asn-event office-key --restore BERKAS.pem</source>
        <translation>The office signing key is missing although {issued} certificates have been issued. No new key was made (old certificates would no longer verify). Restore the key: asn-event office-key --restore FILE.pem</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="426"/>
        <source>Belum ada kunci kantor: kunci dibuat saat sertifikat pertama diterbitkan.</source>
        <translation>There is no office key yet: it is made when the first certificate is issued.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="429"/>
        <source>Berkas {path} sudah ada. Pilih nama lain, atau tambahkan --force.</source>
        <translation>The file {path} already exists. Choose another name, or add --force.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="432"/>
        <source>Folder {path} tidak ada.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="433"/>
        <source>Berkas {path} bukan cadangan kunci kantor (PEM Ed25519 tanpa sandi).</source>
        <translation>The file {path} is not a backup of the office key (Ed25519 PEM without a password).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="436"/>
        <source>Berkas {path} berisi kunci jenis lain, bukan kunci Ed25519 kantor.</source>
        <translation>The file {path} holds another kind of key, not the office&apos;s Ed25519 key.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="439"/>
        <source>Berkas kunci publik tidak dikenali. Pakai berkas .pem hasil &apos;Ekspor kunci publik&apos; dari kantor penerbit sertifikat.</source>
        <translation>The public key file is not recognised. Use the .pem file made with &apos;Export public key&apos; at the office that issued the certificates.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="444"/>
        <source>Kunci publik ini bukan kunci Ed25519 sertifikat Sinar ASN.</source>
        <translation>This public key is not an Ed25519 Sinar ASN certificate key.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="447"/>
        <source>Isian {field} tidak bisa ditandatangani: {value}.</source>
        <translation>The {field} field cannot be signed: {value}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="448"/>
        <source>JP tidak boleh negatif.</source>
        <translation>JP cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="449"/>
        <source>Pola nomor masih kosong. Contoh: {example}.</source>
        <translation>The number pattern is empty. Example: {example}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="450"/>
        <source>Pola nomor tidak bisa dibaca: kurung kurawal tidak berpasangan. Contoh: {example}.</source>
        <translation>The number pattern cannot be read: the curly braces do not pair up. Example: {example}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="453"/>
        <source>Pola nomor memuat {placeholder} yang tidak dikenal. Yang bisa dipakai: {known}.</source>
        <translation>The number pattern contains {placeholder}, which is unknown. You can use: {known}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="456"/>
        <source>Pola nomor: tulis {placeholder} tanpa &apos;{conversion}&apos;.</source>
        <translation>Number pattern: write {placeholder} without &apos;{conversion}&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="457"/>
        <source>Pola nomor: format {placeholder} tidak dikenal. Pakai {plain} atau {padded} (tiga angka: 001).</source>
        <translation>Number pattern: the format {placeholder} is unknown. Use {plain} or {padded} (three digits: 001).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="461"/>
        <source>Pola nomor harus memuat {plain} (nomor urut) tepat satu kali. Contoh: {example}.</source>
        <translation>The number pattern must contain {plain} (the sequence number) exactly once. Example: {example}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="464"/>
        <source>Pola nomor tidak bisa dipakai ({reason}). Contoh: {example}.</source>
        <translation>The number pattern cannot be used ({reason}). Example: {example}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="467"/>
        <source>Nomor yang dihasilkan terlalu panjang (lebih dari {limit} huruf). Persingkat polanya.</source>
        <translation>The resulting number is too long (more than {limit} characters). Shorten the pattern.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="470"/>
        <source>Pola nomor tidak boleh memuat tanda &apos;|&apos; atau pindah baris.</source>
        <translation>The number pattern must not contain &apos;|&apos; or a line break.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="473"/>
        <source>Paling banyak {limit} baris tambahan pada sertifikat.</source>
        <translation>At most {limit} extra lines on a certificate.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="474"/>
        <source>Baris tambahan terlalu panjang (paling banyak {limit} huruf per baris).</source>
        <translation>An extra line is too long (at most {limit} characters per line).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="477"/>
        <source>Pilih berkas PDF gabungan, folder PDF per orang, atau keduanya.</source>
        <translation>Choose a combined PDF file, a folder for one PDF per person, or both.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="480"/>
        <source>Belum ada peserta yang berhak sertifikat: belum ada yang check-in (atau mengisi umpan balik, bila disyaratkan). Tambahkan peserta secara manual di daftar, atau cetak setelah acara.</source>
        <translation>Nobody is entitled to a certificate yet: nobody has checked in (or filled in the feedback, where required). Add participants by hand in the list, or print after the event.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="485"/>
        <source>Belum ada sertifikat yang diterbitkan untuk acara ini. Buat sertifikat dulu.</source>
        <translation>No certificates have been issued for this event yet. Make the certificates first.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="488"/>
        <source>Tidak ada sertifikat untuk dicetak: belum ada peserta yang memenuhi syarat.</source>
        <translation>No certificates to print: no participant meets the requirements yet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="491"/>
        <source>Nama berkas keluaran kosong. Sebutkan nama berkasnya.</source>
        <translation>The output file name is empty. Give the file a name.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="492"/>
        <source>Nama berkas keluaran berisi karakter NUL. Pilih nama lain.</source>
        <translation>The output file name contains a NUL character. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="493"/>
        <source>{path} adalah basis data (atau cadangannya) dan tidak pernah ditimpa. Pilih nama berkas lain.</source>
        <translation>{path} is a database (or a backup of one) and is never overwritten. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="497"/>
        <source>{path} adalah berkas, bukan folder. Pilih folder.</source>
        <translation>{path} is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="498"/>
        <source>Folder {path} sudah berisi berkas. Pilih folder kosong, atau tambahkan --force untuk menimpa berkas yang bernama sama.</source>
        <translation>The folder {path} already contains files. Choose an empty folder, or add --force to overwrite files of the same name.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="503"/>
        <source>Folder {folder} tidak ada. Buat foldernya dulu atau pilih lokasi lain.</source>
        <translation>The folder {folder} does not exist. Create it first or choose another location.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="506"/>
        <source>{path} adalah folder. Sebutkan nama berkas di dalamnya.</source>
        <translation>{path} is a folder. Give the name of a file inside it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="507"/>
        <source>Berkas {path} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya.</source>
        <translation>The file {path} already exists. Choose another name, or add --force to overwrite it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="510"/>
        <source>Berkas {name} tidak dapat disimpan ({reason}). Tutup berkas itu di Excel atau pilih folder lain.</source>
        <translation>The file {name} cannot be saved ({reason}). Close it in Excel or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="514"/>
        <source>Alamat &apos;{host}&apos; bukan alamat IP. Pilih alamat jaringan laptop ini.</source>
        <translation>The address &apos;{host}&apos; is not an IP address. Choose this laptop&apos;s network address.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="517"/>
        <source>Port {port} di luar 1-65535. Pakai misalnya {default}.</source>
        <translation>Port {port} is outside 1-65535. Use, for example, {default}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="518"/>
        <source>Tidak bisa membuka {url} ({reason}). Pilih port lain, atau tutup program yang memakainya.</source>
        <translation>Cannot open {url} ({reason}). Choose another port, or close the program using it.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="521"/>
        <source>Berkas tidak ditemukan: {path}.</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="522"/>
        <source>{path} adalah folder. Pilih berkas {supported}.</source>
        <translation>{path} is a folder. Choose a {supported} file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="523"/>
        <source>{name} terlalu besar ({size}; paling besar {limit}). Bagi daftar peserta ke beberapa berkas.</source>
        <translation>{name} is too large ({size}; at most {limit}). Split the participant list into several files.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="527"/>
        <source>Berkas {name} kosong. Pilih berkas lain.</source>
        <translation>The file {name} is empty. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="528"/>
        <source>Berkas {name} kosong (0 bita). Pilih berkas lain.</source>
        <translation>The file {name} is empty (0 bytes). Choose another file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="529"/>
        <source>Buku kerja {name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File &gt; Info &gt; Proteksi Buku Kerja &gt; Enkripsi dengan Kata Sandi), simpan, lalu impor lagi.</source>
        <translation>The workbook {name} is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="534"/>
        <source>{name} berformat Excel lama (.xls). Buka di Excel lalu Simpan Sebagai &apos;Buku Kerja Excel (.xlsx)&apos;, kemudian impor berkas .xlsx itu.</source>
        <translation>{name} is in the old Excel format (.xls). Open it in Excel and Save As &apos;Excel Workbook (.xlsx)&apos;, then import that .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="539"/>
        <source>{name} berisi terlalu banyak data setelah dibuka ({size}; paling banyak {limit}). Simpan hanya daftar peserta di buku kerja baru, lalu impor lagi.</source>
        <translation>{name} holds too much data once unpacked ({size}; at most {limit}). Keep only the participant list in a new workbook, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="544"/>
        <source>{name} bukan berkas {supported}. Simpan daftar peserta sebagai .xlsx atau .csv, lalu impor lagi.</source>
        <translation>{name} is not a {supported} file. Save the participant list as .xlsx or .csv, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="548"/>
        <source>Berkas CSV tidak punya sheet &apos;{sheet}&apos;.</source>
        <translation>The CSV file has no sheet &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="549"/>
        <source>Sheet &apos;{sheet}&apos; tidak ada di {name}. Sheet yang ada: {sheets}.</source>
        <translation>There is no sheet &apos;{sheet}&apos; in {name}. The sheets are: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="552"/>
        <source>{name} tidak bisa dibuka (sedang dibuka program lain atau tanpa izin baca). Tutup berkas di Excel lalu coba lagi.</source>
        <translation>{name} cannot be opened (open in another program, or no permission to read it). Close the file in Excel and try again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="557"/>
        <source>&apos;{where}&apos; berisi lebih dari {limit} baris data. Bagi daftar peserta ke beberapa berkas.</source>
        <translation>&apos;{where}&apos; has more than {limit} data rows. Split the participant list into several files.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="560"/>
        <source>Sheet &apos;{sheet}&apos; berisi data di sel {cell}, jauh di kanan (paling banyak {limit} kolom). Hapus isi sel itu, simpan, lalu impor lagi.</source>
        <translation>Sheet &apos;{sheet}&apos; has data in cell {cell}, far to the right (at most {limit} columns). Clear that cell, save, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="565"/>
        <source>Sel {cell} di sheet &apos;{sheet}&apos; berisi {length} karakter; sel Excel paling banyak {limit}. Perbaiki sel itu.</source>
        <translation>Cell {cell} in sheet &apos;{sheet}&apos; holds {length} characters; an Excel cell holds at most {limit}. Fix that cell.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="569"/>
        <source>Sheet &apos;{sheet}&apos; rusak dan tidak bisa dibaca ({reason}). Simpan ulang di Excel.</source>
        <translation>Sheet &apos;{sheet}&apos; is damaged and cannot be read ({reason}). Save it again in Excel.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="572"/>
        <source>{name} tidak berisi baris data. Isi daftar peserta lalu impor lagi.</source>
        <translation>{name} has no data rows. Fill in the participant list, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="575"/>
        <source>Kolom nama tidak ditemukan. Beri judul &apos;Nama&apos; pada kolom nama peserta (atau pilih kolomnya di dialog impor), lalu coba lagi. Judul kolom yang terbaca: {found}.</source>
        <translation>No name column found. Head the participants&apos; name column &apos;Nama&apos; (or choose the column in the import dialog), then try again. Column headings read: {found}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="580"/>
        <source>{name} bukan berkas teks CSV. Simpan daftar peserta sebagai .xlsx atau .csv, lalu impor lagi.</source>
        <translation>{name} is not a CSV text file. Save the participant list as .xlsx or .csv, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="584"/>
        <source>{name} berformat UTF-16 tetapi terpotong atau rusak di bita ke-{offset}. Simpan ulang dari Excel sebagai CSV UTF-8, lalu impor lagi.</source>
        <translation>{name} is UTF-16 but cut off or damaged at byte {offset}. Save it again from Excel as CSV UTF-8, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="589"/>
        <source>{name} berisi isian lebih panjang dari {limit} karakter (sel Excel paling banyak {limit}). Periksa tanda kutip yang tidak ditutup, lalu impor lagi.</source>
        <translation>{name} has a field longer than {limit} characters (an Excel cell holds at most {limit}). Look for a quote that is never closed, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="594"/>
        <source>{name} tidak bisa dibaca sebagai CSV ({reason}). Simpan ulang dari Excel sebagai CSV.</source>
        <translation>{name} cannot be read as CSV ({reason}). Save it again from Excel as CSV.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="597"/>
        <source>Baris {row} di {name} berisi {count} kolom; paling banyak {limit}. Periksa pemisah kolomnya, lalu impor lagi.</source>
        <translation>Row {row} of {name} has {count} columns; at most {limit}. Check the column separator, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="602"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="603"/>
        <source>{target} sudah berisi data dan akan diganti oleh {backup} ({events} acara, {registrations} pendaftaran). Tambahkan --force untuk memulihkan; salinan basis data sekarang disimpan di folder cadangan.</source>
        <translation>{target} already holds data and would be replaced by {backup} ({events} events, {registrations} registrations). Add --force to restore; a copy of the current database is kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="608"/>
        <source>Berkas keluaran untuk &apos;{kind}&apos; harus berakhiran {suffixes}: {path}</source>
        <translation>The output file for &apos;{kind}&apos; must end in {suffixes}: {path}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="611"/>
        <source>Tahun {year} tidak masuk akal. Tulis seperti --year 2025.</source>
        <translation>The year {year} makes no sense. Write it like --year 2025.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="614"/>
        <source>Belum ada acara di basis data ini. Buat acara dulu (mis. &apos;asn-event demo&apos;).</source>
        <translation>There are no events in this database yet. Create an event first (e.g. &apos;asn-event demo&apos;).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="617"/>
        <source>{problem} Pakai --all-registered untuk daftar kosong.</source>
        <translation>{problem} Use --all-registered for an empty list.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="618"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="619"/>
        <source>{path} bukan berkas kunci publik (.pem). Ekspor kunci dari kantor penerbit.</source>
        <translation>{path} is not a public key file (.pem). Export the key at the issuing office.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="622"/>
        <source>Berkas kunci {path} tidak bisa dibaca ({reason}).</source>
        <translation>The key file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="625"/>
        <source>--participants harus antara 0 dan 1.000.000.</source>
        <translation>--participants must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="626"/>
        <source>Harus 0 ≤ --responses ≤ --checked-in ≤ --participants.</source>
        <translation>Must be 0 ≤ --responses ≤ --checked-in ≤ --participants.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="627"/>
        <source>Acara #{event} belum punya formulir umpan balik aktif. Aktifkan satu di halaman Umpan Balik.</source>
        <translation>Event #{event} has no active feedback form yet. Activate one on the Feedback page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="631"/>
        <source>Server formulir berhenti sendiri. Jalankan lagi.</source>
        <translation>The form server stopped by itself. Start it again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="632"/>
        <source>--out harus berakhiran .xlsx atau .csv.</source>
        <translation>--out must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="633"/>
        <source>Acara #{event} belum punya formulir umpan balik.</source>
        <translation>Event #{event} has no feedback form yet.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="634"/>
        <source>Formulir #{form} bukan milik acara #{event}.</source>
        <translation>Form #{form} does not belong to event #{event}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="635"/>
        <source>Ukuran &apos;{text}&apos; tidak dikenal. Tulis seperti 1366x768.</source>
        <translation>Size &apos;{text}&apos; is not understood. Write it like 1366x768.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="636"/>
        <source>Ukuran {size} di luar batas ({smallest} sampai {largest}).</source>
        <translation>Size {size} is out of range ({smallest} to {largest}).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="639"/>
        <source>Halaman &apos;{page}&apos; tidak dikenal. Pilihan: {known}.</source>
        <translation>Page &apos;{page}&apos; is unknown. Choices: {known}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="640"/>
        <source>Keadaan &apos;{state}&apos; tidak dikenal untuk {page}. Pilihan: {known}.</source>
        <translation>State &apos;{state}&apos; is unknown for {page}. Choices: {known}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="643"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="644"/>
        <source>Sebutkan --out FILE.pdf, --per-person DIR, atau --export-key FILE.pem.</source>
        <translation>Give --out FILE.pdf, --per-person DIR, or --export-key FILE.pem.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="647"/>
        <source>Sebutkan acaranya dengan --event ID (lihat &apos;asn-event events&apos;).</source>
        <translation>Name the event with --event ID (see &apos;asn-event events&apos;).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="650"/>
        <source>--out dan --export-key menunjuk berkas yang sama. Pilih dua nama berbeda.</source>
        <translation>--out and --export-key name the same file. Choose two different names.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="653"/>
        <source>Data pribadi acara {event} disimpan sampai {until}. Tambahkan --force untuk menghapusnya sekarang.</source>
        <translation>The personal data of event {event} is kept until {until}. Add --force to delete it now.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="657"/>
        <source>dihentikan.</source>
        <translation>stopped.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="658"/>
        <source>tidak ada baris yang valid ({invalid} baris ditolak).</source>
        <translation>no valid rows ({invalid} rows refused).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="659"/>
        <source>{refused} dari {total} kode tidak diterima.</source>
        <translation>{refused} of {total} codes were not accepted.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="661"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="662"/>
        <source>SUDAH</source>
        <translation>ALREADY</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="663"/>
        <source>DITOLAK</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="668"/>
        <source>Cadangan dibuat dan diperiksa utuh: {path} ({events} acara, {registrations} pendaftaran, {checked_in} hadir)</source>
        <translation>Backup made and checked whole: {path} ({events} events, {registrations} registrations, {checked_in} present)</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="672"/>
        <source>Kunci publik disimpan: {path}</source>
        <translation>Public key saved: {path}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="673"/>
        <source>{pages} sertifikat ({new} nomor baru) → {where}</source>
        <translation>{pages} certificates ({new} new numbers) → {where}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="674"/>
        <source>{out} dan {files}</source>
        <translation>{out} and {files}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="675"/>
        <source>{count} berkas di {folder}</source>
        <translation>{count} files in {folder}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="676"/>
        <source>peringatan: {text}</source>
        <translation>warning: {text}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="677"/>
        <source>Acara contoh dibuat: #{id} {code} · {title} · {registered} peserta</source>
        <translation>Sample event created: #{id} {code} · {title} · {registered} participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="678"/>
        <source>Belum ada acara. Buat acara contoh dengan &apos;asn-event demo&apos;.</source>
        <translation>No events yet. Create a sample event with &apos;asn-event demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="679"/>
        <source>{registrations} pendaftaran ({checked_in} hadir), {scans} catatan pindai, {agenda_items} sesi agenda, {forms} formulir dengan {responses} jawaban umpan balik, {certificates} sertifikat</source>
        <translation>{registrations} registrations ({checked_in} present), {scans} scan records, {agenda_items} agenda segments, {forms} forms with {responses} feedback responses, {certificates} certificates</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="684"/>
        <source>Hapus acara #{id} {title} ({date}) beserta {summary}? Orang dan unit kerja tetap ada. Ketik &apos;ya&apos; untuk menghapus:</source>
        <translation>Delete event #{id} {title} ({date}) with {summary}? People and units stay. Type &apos;ya&apos; to delete:</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="689"/>
        <source>Acara #{id} {title} dihapus: {summary}.</source>
        <translation>Event #{id} {title} deleted: {summary}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="690"/>
        <source>Salinan basis data sebelum penghapusan ada di folder cadangan (lihat: asn-event backups).</source>
        <translation>A copy of the database from before the deletion is in the backup folder (see: asn-event backups).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="693"/>
        <source>Umpan balik diekspor ke {path}: {responses} respons dari {attendance} hadir ({rate}) · {title}</source>
        <translation>Feedback exported to {path}: {responses} responses from {attendance} present ({rate}) · {title}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="696"/>
        <source>{valid} baris diimpor: {added} baru, {updated} diperbarui, {unchanged} tidak berubah; {registered} pendaftaran baru ke acara. {invalid} baris tidak valid.</source>
        <translation>{valid} rows imported: {added} new, {updated} updated, {unchanged} unchanged; {registered} new registrations to the event. {invalid} rows not valid.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="701"/>
        <source>{valid} baris akan diimpor: {added} baru, {updated} diperbarui, {unchanged} tidak berubah; {registered} pendaftaran baru ke acara. {invalid} baris tidak valid.</source>
        <translation>{valid} rows would be imported: {added} new, {updated} updated, {unchanged} unchanged; {registered} new registrations to the event. {invalid} rows not valid.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="706"/>
        <source>Catatan: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="707"/>
        <source>Unit tidak dikenal: {text} ({rows} baris){hint}</source>
        <translation>Unknown unit: {text} ({rows} rows){hint}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="708"/>
        <source> (mirip {label}?)</source>
        <translation> (like {label}?)</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="709"/>
        <source>Unit itu tidak dibuat; pesertanya disimpan tanpa unit. Tambahkan --create-units untuk membuatnya.</source>
        <translation>Those units were not created; their participants are saved without a unit. Add --create-units to create them.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="712"/>
        <source>  {sheet} baris {row}: {reason}</source>
        <translation>  {sheet} row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="713"/>
        <source>  … dan {count} baris lain (lihat semuanya dengan --json).</source>
        <translation>  … and {count} more rows (see them all with --json).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="714"/>
        <source>{count} undangan disimpan di {path}</source>
        <translation>{count} invitations saved in {path}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="715"/>
        <source>{count} gambar undangan disimpan di folder {path}, dengan daftarnya: {index}</source>
        <translation>{count} invitation images saved in the folder {path}, with their list: {index}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="718"/>
        <source>Digabungkan dari {path}: acara {events}; {checkins} check-in baru, {earlier} dibuat lebih awal, {walk_ins} peserta langsung, {responses} umpan balik, {scans} catatan pindai.</source>
        <translation>Merged from {path}: events {events}; {checkins} new check-ins, {earlier} made earlier, {walk_ins} walk-ins, {responses} feedback responses, {scans} scan records.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="723"/>
        <source>  perhatian: {text}</source>
        <translation>  note: {text}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="724"/>
        <source>Kunci kantor {key} disimpan ke {path}. Simpan berkas ini di tempat aman, di luar laptop.</source>
        <translation>Office key {key} saved to {path}. Keep this file somewhere safe, off the laptop.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="727"/>
        <source>Kunci kantor {key} dipakai lagi untuk sertifikat.</source>
        <translation>Office key {key} is used for certificates again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="728"/>
        <source>Data pribadi acara {event} dihapus: {people} peserta dijadikan anonim, {signatures} tanda tangan, {answers} jawaban teks. Jumlah hadir, umpan balik anonim dan {certificates} nomor sertifikat tetap ada.</source>
        <translation>Personal data of event {event} deleted: {people} participants made anonymous, {signatures} signatures, {answers} text answers. Attendance counts, anonymous feedback and {certificates} certificate numbers remain.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="733"/>
        <source>Data pribadi acara {event} disimpan sampai {until}.</source>
        <translation>Personal data of event {event} is kept until {until}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="734"/>
        <source>Data pribadi acara {event} disimpan sampai {until}; dihapus {purged}.</source>
        <translation>Personal data of event {event} is kept until {until}; deleted {purged}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="737"/>
        <source>Disimpan: {path} ({pages} halaman, {rows} peserta)</source>
        <translation>Saved: {path} ({pages} pages, {rows} participants)</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="738"/>
        <source>Disimpan: {path} ({rows} baris)</source>
        <translation>Saved: {path} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="739"/>
        <source>Dipulihkan: {target} dari {backup} ({events} acara, {registrations} pendaftaran).</source>
        <translation>Restored: {target} from {backup} ({events} events, {registrations} registrations).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="742"/>
        <source>Basis data sebelumnya disimpan di {path}</source>
        <translation>The previous database is kept at {path}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="743"/>
        <source>Belum ada cadangan untuk {path}.</source>
        <translation>No backups yet for {path}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="744"/>
        <source>Formulir “{title}” disajikan. Hentikan dengan Ctrl+C.</source>
        <translation>Form “{title}” is being served. Stop with Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="745"/>
        <source>Server formulir dihentikan.</source>
        <translation>Form server stopped.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="756"/>
        <source>bukan berkas SQLite</source>
        <translation>not a SQLite file</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="757"/>
        <source>pemeriksaan keutuhan: {detail}</source>
        <translation>integrity check: {detail}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="758"/>
        <source>isinya bukan tabel Sinar ASN</source>
        <translation>its contents are not Sinar ASN tables</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="759"/>
        <source>isinya tabel program lain</source>
        <translation>it holds another program&apos;s tables</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="760"/>
        <source>jumlah baris berbeda dari aslinya: {detail}</source>
        <translation>row counts differ from the original: {detail}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="761"/>
        <source>tidak terbaca: {detail}</source>
        <translation>unreadable: {detail}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="766"/>
        <source>Sheet tersembunyi tidak dibaca: {sheets}.</source>
        <translation>Hidden sheets were not read: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="767"/>
        <source>Sheet &apos;{sheet}&apos; kosong.</source>
        <translation>Sheet &apos;{sheet}&apos; is empty.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="768"/>
        <source>Sheet &apos;{sheet}&apos;: {count} baris tersembunyi tidak diimpor (baris {rows}). Tampilkan barisnya di Excel bila perlu diimpor.</source>
        <translation>Sheet &apos;{sheet}&apos;: {count} hidden rows were not imported (rows {rows}). Unhide the rows in Excel if they should be imported.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="773"/>
        <source>Sheet &apos;{sheet}&apos; tidak dibaca: kolom nama tidak ditemukan. Judul kolom yang terbaca: {found}.</source>
        <translation>Sheet &apos;{sheet}&apos; was not read: no name column found. Column headings read: {found}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="777"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="778"/>
        <source>CSV terbaca sebagai {encoding}, pemisah {delimiter}.</source>
        <translation>CSV read as {encoding}, separator {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="779"/>
        <source>Acara {code} ({title}) hanya ada di laptop lain: tidak digabungkan.</source>
        <translation>Event {code} ({title}) exists only on the other laptop: not merged.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="782"/>
        <source>Acara {code} di laptop lain dibuat terpisah (kode undangan berbeda): tidak digabungkan.</source>
        <translation>Event {code} on the other laptop was created separately (different invitation codes): not merged.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="785"/>
        <source>Formulir umpan balik &apos;{title}&apos; hanya ada di laptop lain: tidak dibawa.</source>
        <translation>Feedback form &apos;{title}&apos; exists only on the other laptop: not brought over.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="788"/>
        <source>{what}: berkas {name} tidak ditemukan. Pilih berkasnya lagi.</source>
        <translation>{what}: the file {name} was not found. Choose the file again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="789"/>
        <source>{what}: berkas {name} bukan gambar yang bisa dibaca ({reason}). Simpan ulang sebagai PNG atau JPG.</source>
        <translation>{what}: the file {name} is not a readable image ({reason}). Save it again as PNG or JPG.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="792"/>
        <source>{what}: ukuran {size} piksel tidak sebanding A4 mendatar (297x210 mm); gambar dipotong di tepinya agar memenuhi halaman.</source>
        <translation>{what}: {size} pixels is not in the proportion of landscape A4 (297x210 mm); the image is cropped at its edges to fill the page.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="797"/>
        <source>{what}: resolusi {size} piksel rendah; hasil cetak bisa kabur (sebaiknya lebar minimal {limit} piksel).</source>
        <translation>{what}: the resolution of {size} pixels is low; the print may look blurred (better at least {limit} pixels wide).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="801"/>
        <source>Logo: berkas {name} tidak ditemukan. Sertifikat dicetak tanpa logo.</source>
        <translation>Logo: the file {name} was not found. Certificates are printed without a logo.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="802"/>
        <source>Logo: berkas {name} bukan SVG yang bisa dibaca ({reason}). Sertifikat dicetak tanpa logo.</source>
        <translation>Logo: the file {name} is not a readable SVG ({reason}). Certificates are printed without a logo.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="805"/>
        <source>{problem} Sertifikat dicetak tanpa logo.</source>
        <translation>{problem} Certificates are printed without a logo.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="806"/>
        <source>{problem} Sertifikat dicetak tanpa gambar tanda tangan.</source>
        <translation>{problem} Certificates are printed without the signature image.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="807"/>
        <source>{name}: check-in di kedua laptop ({ours}, {theirs}); dipakai yang lebih awal.</source>
        <translation>{name}: checked in on both laptops ({ours}, {theirs}); the earlier one is kept.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="810"/>
        <source>{name}: mengisi umpan balik di kedua laptop; dipakai yang ada di laptop ini.</source>
        <translation>{name}: filled in feedback on both laptops; the one on this laptop is kept.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="813"/>
        <source>{count} nomor sertifikat acara {code} diterbitkan di laptop lain dan tidak dibawa: nomor sertifikat hanya diterbitkan di satu laptop. Terbitkan sertifikatnya dari laptop ini.</source>
        <translation>{count} certificate numbers of event {code} were issued on the other laptop and not brought over: certificate numbers are issued on one laptop only. Issue those certificates from this laptop.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="822"/>
        <source>Latar</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="823"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="824"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="829"/>
        <source>Sertifikat asli: tanda tangan digital cocok dengan kunci kantor penerbit.</source>
        <translation>Genuine certificate: the digital signature matches the issuing office&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="832"/>
        <source>Sertifikat TIDAK SAH: isi kode tidak cocok dengan tanda tangannya (diubah atau dibuat sendiri).</source>
        <translation>Certificate NOT VALID: the code&apos;s contents do not match its signature (altered or made up).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="836"/>
        <source>Kode ini ditandatangani kunci lain yang tidak dikenal di sini. Impor kunci publik kantor penerbitnya, lalu periksa lagi.</source>
        <translation>This code was signed with another key, unknown here. Import the issuing office&apos;s public key, then check again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="841"/>
        <source>Teks ini bukan kode sertifikat Sinar ASN. Pindai QR pada sertifikat.</source>
        <translation>This text is not a Sinar ASN certificate code. Scan the QR on the certificate.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="859"/>
        <source>Menulis baris {count}</source>
        <translation>Writing row {count}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="860"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="861"/>
        <source>Mencocokkan baris {count}</source>
        <translation>Matching row {count}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="862"/>
        <source>Menyelesaikan</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="863"/>
        <source>Menyimpan peserta</source>
        <translation>Saving participants</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="864"/>
        <source>Memeriksa baris {count} dari {total}</source>
        <translation>Checking row {count} of {total}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="865"/>
        <source>Membaca {name}: baris {count}</source>
        <translation>Reading {name}: row {count}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="866"/>
        <source>Menyusun baris {count} dari {total}</source>
        <translation>Laying out row {count} of {total}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="867"/>
        <source>Menulis PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="868"/>
        <source>Membaca daftar peserta</source>
        <translation>Reading the participant list</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="869"/>
        <source>Menghitung ringkasan acara</source>
        <translation>Counting the event summary</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="870"/>
        <source>Menghitung JP per peserta</source>
        <translation>Counting JP per participant</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="871"/>
        <source>Membaca sertifikat</source>
        <translation>Reading certificates</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="872"/>
        <source>Membaca catatan pindai</source>
        <translation>Reading the scan log</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="873"/>
        <source>Menyimpan gambar undangan</source>
        <translation>Saving invitation images</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="874"/>
        <source>Menyusun undangan</source>
        <translation>Laying out invitations</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="875"/>
        <source>Sertifikat {name}</source>
        <translation>Certificate for {name}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="916"/>
        <source>NIP kosong.</source>
        <translation>The NIP is empty.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="917"/>
        <source>NIP &apos;{typed}&apos; berisi huruf atau tanda selain angka. NIP hanya berisi 18 angka.</source>
        <translation>NIP &apos;{typed}&apos; contains letters or signs other than digits. A NIP has 18 digits only.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="920"/>
        <source>NIP harus 18 angka, yang tertulis {count} angka ({digits}). Periksa lagi.</source>
        <translation>A NIP has 18 digits; this one has {count} ({digits}). Check it again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="921"/>
        <source>8 angka pertama NIP ({birth}) bukan tanggal lahir yang sah (TTTTBBHH).</source>
        <translation>The first 8 digits of the NIP ({birth}) are not a valid birth date (YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="924"/>
        <source>Angka ke-9 sampai ke-14 NIP ({digits}) bukan TMT CPNS (TTTTBB, bulan 01–12) dan bukan nomor PPPK.</source>
        <translation>Digits 9 to 14 of the NIP ({digits}) are neither a CPNS start date (YYYYMM, month 01–12) nor a PPPK number.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="928"/>
        <source>TMT CPNS {year}-{month} tidak cocok dengan tanggal lahir {birth} (umur saat diangkat {age} tahun). Periksa NIP.</source>
        <translation>CPNS start {year}-{month} does not fit the birth date {birth} (age at appointment {age} years). Check the NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="933"/>
        <source>Tahun pengangkatan PPPK {year} tidak cocok dengan tanggal lahir {birth} (umur saat diangkat {age} tahun). Periksa NIP.</source>
        <translation>PPPK appointment year {year} does not fit the birth date {birth} (age at appointment {age} years). Check the NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="938"/>
        <source>Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), tertulis {digit}.</source>
        <translation>Digit 15 of the NIP (sex) must be 1 (male) or 2 (female); it is {digit}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="941"/>
        <source>Nomor urut NIP 000 tidak ada ({digits}). Jika NIP berasal dari Excel, angka terakhirnya mungkin hilang: Format kolom NIP sebagai Teks di Excel, ketik ulang NIP-nya, lalu impor lagi.</source>
        <translation>NIP sequence number 000 does not exist ({digits}). If the NIP came from Excel, its last digits may be lost: format the NIP column as Text in Excel, type the NIP again, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="946"/>
        <source>Angka ke-14 NI PPPK (masa kontrak ke-) tidak boleh 0: {nip}.</source>
        <translation>Digit 14 of a PPPK number (contract count) cannot be 0: {nip}.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="947"/>
        <source>NIP tersimpan sebagai angka dan kehilangan digit ({shown}). Format kolom NIP sebagai Teks di Excel, ketik ulang NIP-nya, lalu impor lagi.</source>
        <translation>The NIP was stored as a number and lost digits ({shown}). Format the NIP column as Text in Excel, type the NIP again, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="956"/>
        <source>Nama kosong. Isi nama peserta atau hapus barisnya.</source>
        <translation>The name is empty. Fill in the participant&apos;s name or delete the row.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="957"/>
        <source>Nama &apos;{name}&apos; tidak berisi huruf. Periksa kolom nama.</source>
        <translation>The name &apos;{name}&apos; has no letters. Check the name column.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="958"/>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenal; tulis L atau P.</source>
        <translation>Sex &apos;{value}&apos; is not recognised; write L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="959"/>
        <source>{column} terlalu panjang ({length} karakter; paling banyak {limit}). Periksa isinya.</source>
        <translation>{column} is too long ({length} characters; at most {limit}). Check what it holds.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="962"/>
        <source>Kolom {column}: sel berisi galat rumus ({value}).</source>
        <translation>Column {column}: the cell holds a formula error ({value}).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="963"/>
        <source>Kolom {column}: sel berisi rumus tanpa nilai tersimpan; buka berkas di Excel, simpan, lalu impor lagi.</source>
        <translation>Column {column}: the cell holds a formula without a stored value; open the file in Excel, save it, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="967"/>
        <source>NIP {nip} sudah ada di {place}; baris ini ganda.</source>
        <translation>NIP {nip} is already in {place}; this row is a duplicate.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="968"/>
        <source>{name} ({unit}) sudah ada di {place}; baris ini ganda.</source>
        <translation>{name} ({unit}) is already in {place}; this row is a duplicate.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="969"/>
        <source>{name} adalah orang yang sama dengan {place}; baris ini ganda.</source>
        <translation>{name} is the same person as {place}; this row is a duplicate.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="973"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="974"/>
        <source>sheet &apos;{sheet}&apos; baris {row}</source>
        <translation>sheet &apos;{sheet}&apos; row {row}</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="976"/>
        <source>tanpa unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="313"/>
        <location filename="../../asn_event/words.py" line="980"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="981"/>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="314"/>
        <location filename="../../asn_event/words.py" line="982"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="315"/>
        <location filename="../../asn_event/words.py" line="983"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="984"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="316"/>
        <location filename="../../asn_event/words.py" line="985"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="141"/>
        <source>Acara {title} tidak dihapus: sudah terbit {count} sertifikat ({printed} sudah dicetak) dan nomornya harus tetap bisa diperiksa. Simpan dulu register sertifikatnya (Laporan), lalu hapus dengan &apos;hapus juga sertifikat&apos; (--force).</source>
        <translation>The event {title} was not deleted: {count} certificates were issued ({printed} printed) and their numbers must stay verifiable. Save the certificate register first (Reports), then delete with &apos;also delete certificates&apos; (--force).</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="224"/>
        <source>NIP ini sudah tercatat atas nama {name} — periksa NIP yang diketik, atau cari nama {name} di kolom atas.</source>
        <translation>This NIP is already recorded for {name} — check the NIP you typed, or search for {name} in the field above.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="317"/>
        <location filename="../../asn_event/words.py" line="986"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="987"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../asn_event/words.py" line="988"/>
        <source>Status kepegawaian</source>
        <translation>Employment status</translation>
    </message>
</context>
</TS>
