<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountCommand</name>
    <message>
        <source>--role is admin, secretary, committee or viewer, not “%1”.</source>
        <translation>--role là admin, secretary, committee hoặc viewer, không phải “%1”.</translation>
    </message>
    <message>
        <source>Make the administrator, list, add and change accounts, change a password.</source>
        <translation>Tạo quản trị viên, liệt kê, thêm và sửa tài khoản, đổi mật khẩu.</translation>
    </message>
    <message>
        <source>init NAME --name &quot;FULL NAME&quot;: the first account, the administrator, of a database without any.
list: every account (administrator).
add NAME --name &quot;FULL NAME&quot; --role ROLE [--org KEY …]: a new account (administrator); a secretary&apos;s account names its cells.
set NAME [--name …] [--role …] [--org KEY …] [--disable | --enable]: changes an account (administrator).
password [NAME]: a new password for one&apos;s own account, or for NAME (administrator).
New passwords are read from CHIBO_NEW_PASSWORD, else asked for twice.</source>
        <translation>init TÊN --name &quot;HỌ VÀ TÊN&quot;: tài khoản đầu tiên, quản trị viên, của một cơ sở dữ liệu chưa có tài khoản nào.
list: mọi tài khoản (quản trị viên).
add TÊN --name &quot;HỌ VÀ TÊN&quot; --role VAI_TRÒ [--org MÃ …]: một tài khoản mới (quản trị viên); tài khoản bí thư ghi rõ các chi bộ phụ trách.
set TÊN [--name …] [--role …] [--org MÃ …] [--disable | --enable]: sửa một tài khoản (quản trị viên).
password [TÊN]: mật khẩu mới cho tài khoản của chính mình, hoặc của TÊN (quản trị viên).
Mật khẩu mới được đọc từ CHIBO_NEW_PASSWORD, nếu không thì được hỏi hai lần.</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>Họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>HỌ VÀ TÊN</translation>
    </message>
    <message>
        <source>admin, secretary, committee or viewer.</source>
        <translation>admin, secretary, committee hoặc viewer.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>A secretary&apos;s cell, by id or name; repeat for several.</source>
        <translation>Chi bộ do bí thư phụ trách, theo mã hoặc tên; lặp lại nếu có nhiều chi bộ.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>The account may no longer sign in.</source>
        <translation>Tài khoản không được đăng nhập nữa.</translation>
    </message>
    <message>
        <source>The account may sign in again.</source>
        <translation>Tài khoản được đăng nhập trở lại.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>init, list, add, set or password.</source>
        <translation>init, list, add, set hoặc password.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>Tên đăng nhập của tài khoản.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[TÊN]</translation>
    </message>
    <message>
        <source>chibo-cli: account needs init NAME, list, add NAME, set NAME or password [NAME].</source>
        <translation>chibo-cli: account cần init TÊN, list, add TÊN, set TÊN hoặc password [TÊN].</translation>
    </message>
    <message>
        <source>%1 (%2) is the administrator of %3.</source>
        <translation>%1 (%2) là quản trị viên của %3.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>Account %1 (%2), %3, created.</source>
        <translation>Đã tạo tài khoản %1 (%2), %3.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Không có tài khoản %1.</translation>
    </message>
    <message>
        <source>Account %1 changed.</source>
        <translation>Đã sửa tài khoản %1.</translation>
    </message>
    <message>
        <source>This database has no accounts yet.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản nào.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Mật khẩu hiện tại: </translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>Nhập lại mật khẩu mới: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>e.g. hoa.nt</source>
        <translation>ví dụ: hoa.nt</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Cells kept:</source>
        <translation>&amp;Chi bộ phụ trách:</translation>
    </message>
    <message>
        <source>&amp;Disabled: may not sign in</source>
        <translation>&amp;Khóa: không được đăng nhập</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A user name has 2 to 32 letters without accents, digits, dots, dashes or underscores: &quot;%1&quot; does not.</source>
        <translation>Tên đăng nhập gồm 2 đến 32 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới: &quot;%1&quot; không đúng như vậy.</translation>
    </message>
    <message>
        <source>The account %1 needs the name of its person.</source>
        <translation>Tài khoản %1 cần có họ tên người dùng.</translation>
    </message>
    <message>
        <source>A secretary&apos;s account needs the cells it keeps.</source>
        <translation>Tài khoản bí thư cần có các chi bộ mà bí thư phụ trách.</translation>
    </message>
    <message>
        <source>Only a secretary&apos;s account is tied to cells.</source>
        <translation>Chỉ tài khoản bí thư mới gắn với chi bộ.</translation>
    </message>
    <message>
        <source>Account %1 (%2), %3</source>
        <translation>Tài khoản %1 (%2), %3</translation>
    </message>
    <message>
        <source>There is already an account %1.</source>
        <translation>Đã có tài khoản %1.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Không có tài khoản %1.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask the administrator.</source>
        <translation>Tài khoản %1 đã bị khóa; hãy hỏi quản trị viên.</translation>
    </message>
    <message>
        <source>This database has its administrator already: sign in, or ask them for an account.</source>
        <translation>Cơ sở dữ liệu này đã có quản trị viên: hãy đăng nhập, hoặc đề nghị quản trị viên cấp tài khoản.</translation>
    </message>
    <message>
        <source>%1 is the only administrator who can sign in: make another one first.</source>
        <translation>%1 là quản trị viên duy nhất còn đăng nhập được: hãy tạo thêm một quản trị viên trước.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Tài khoản &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Set a &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Không lưu được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>List, export or verify the audit trail of every change.</source>
        <translation>Xem, xuất hoặc kiểm tra nhật ký mọi thay đổi.</translation>
    </message>
    <message>
        <source>list [--limit N]: the newest entries, newest first.
export FILE: every entry, oldest first, to a .csv or .xlsx file.
verify: recomputes the chain of hashes; exits 1 when an entry was changed, removed or put in outside ChiBo.</source>
        <translation>list [--limit N]: các mục mới nhất, mới nhất trước.
export TỆP: mọi mục, cũ nhất trước, ra tệp .csv hoặc .xlsx.
verify: tính lại chuỗi mã băm; trả về 1 khi có mục bị sửa, bị xóa hoặc bị chèn ngoài ChiBo.</translation>
    </message>
    <message>
        <source>For list: how many entries (default 50).</source>
        <translation>Với list: số mục (mặc định 50).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>list, export or verify.</source>
        <translation>list, export hoặc verify.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>For export: the file to write.</source>
        <translation>Với export: tệp sẽ ghi.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[TỆP]</translation>
    </message>
    <message>
        <source>chibo-cli: audit needs “list [--limit N]”, “export FILE” or “verify”.</source>
        <translation>chibo-cli: audit cần “list [--limit N]”, “export TỆP” hoặc “verify”.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Đã ghi %n mục vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Mục %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>chibo-cli: the audit trail of %1 was changed outside ChiBo (%n problem(s)).</source>
        <translation>
            <numerusform>chibo-cli: nhật ký thay đổi của %1 đã bị sửa ngoài ChiBo (%n lỗi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry(ies); the last hash is %1.</source>
        <translation>
            <numerusform>Nhật ký thay đổi còn nguyên vẹn: %n mục; mã băm cuối cùng là %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSheet</name>
    <message>
        <source> … (cut: %1 characters in all)</source>
        <translation> … (đã cắt bớt: tổng cộng %1 ký tự)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Restored from the recycle bin</source>
        <translation>Khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>Locked the year</source>
        <translation>Khóa năm</translation>
    </message>
    <message>
        <source>Reopened the year</source>
        <translation>Mở khóa năm</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Stored proposals</source>
        <translation>Lưu đề xuất</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Numbered a document</source>
        <translation>Cấp số văn bản</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Danh sách đảng viên</translation>
    </message>
    <message>
        <source>Criteria file</source>
        <translation>Tệp tiêu chí</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mã băm</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Entries %1 to %2 are missing: they were removed from the database.</source>
        <translation>Thiếu các mục từ %1 đến %2: chúng đã bị xóa khỏi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed or put in between.</source>
        <translation>Mục %1 không nối tiếp mục %2: có mục đã bị xóa hoặc bị chèn vào giữa.</translation>
    </message>
    <message>
        <source>Entry %1 (%2, %3) was changed after it was written.</source>
        <translation>Mục %1 (%2, %3) đã bị sửa sau khi được ghi.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(không tên)</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Filter by account, action or summary (accents optional)</source>
        <translation>Lọc theo tài khoản, thao tác hoặc nội dung (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kiểm tra chuỗi mã băm</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>List the backups of the database, make one, or restore one.</source>
        <translation>Liệt kê các bản sao lưu của cơ sở dữ liệu, tạo một bản, hoặc khôi phục một bản.</translation>
    </message>
    <message>
        <source>list: the backups of the database, newest first, with their time, reason and size.
create [--to FILE]: a backup made now, in the backup folder (kept until removed by hand), or as FILE.
restore FILE: replaces the whole database by the backup FILE, after checking it and after backing up the current state (reason “before a restore”).
ChiBo also backs up by itself: daily on the first opening of a day, on closing the window, and before every import. The backups are in %1.</source>
        <translation>list: các bản sao lưu của cơ sở dữ liệu, mới nhất trước, kèm thời điểm, lý do và dung lượng.
create [--to TỆP]: tạo một bản sao lưu ngay, trong thư mục sao lưu (giữ lại đến khi tự tay xóa), hoặc ghi thành TỆP.
restore TỆP: thay toàn bộ cơ sở dữ liệu bằng bản sao lưu TỆP, sau khi kiểm tra tệp và sao lưu trạng thái hiện tại (lý do “trước khi khôi phục”).
ChiBo cũng tự sao lưu: hằng ngày vào lần mở đầu tiên trong ngày, khi đóng cửa sổ, và trước mỗi lần nhập. Các bản sao lưu nằm trong %1.</translation>
    </message>
    <message>
        <source>For create: the file to write (it must not exist).</source>
        <translation>Với create: tệp sẽ ghi (tệp này phải chưa có).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>VIỆC</translation>
    </message>
    <message>
        <source>list, create or restore.</source>
        <translation>list, create hoặc restore.</translation>
    </message>
    <message>
        <source>For restore: the backup file.</source>
        <translation>Với restore: tệp sao lưu.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[TỆP]</translation>
    </message>
    <message>
        <source>chibo-cli: backup needs “list”, “create” or “restore FILE”.</source>
        <translation>chibo-cli: backup cần “list”, “create” hoặc “restore TỆP”.</translation>
    </message>
    <message>
        <source>No backups of %1 yet; they go to %2.</source>
        <translation>Chưa có bản sao lưu nào của %1; các bản sao lưu được ghi vào %2.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>Đã sao lưu %1 vào %2 (%3).</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The state before the restore was backed up to %3.</source>
        <translation>Đã khôi phục %1 từ %2. Trạng thái trước khi khôi phục đã được sao lưu vào %3.</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to restore. Everything in the database is replaced by the backup&apos;s content; the current state is backed up first, so a restore can itself be undone.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Toàn bộ dữ liệu sẽ được thay bằng nội dung của bản sao lưu; trạng thái hiện tại được sao lưu trước, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Tệp khác…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import failed. %1</source>
        <translation>Chưa nhập gì: không sao lưu được trước khi nhập. %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the current state could not be backed up first. %1</source>
        <translation>Chưa khôi phục gì: không sao lưu được trạng thái hiện tại trước khi khôi phục. %1</translation>
    </message>
    <message>
        <source>The backup was restored, but its entry in the audit trail could not be written: %1</source>
        <translation>Đã khôi phục bản sao lưu, nhưng không ghi được mục tương ứng vào nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <source>Restored the database from %1; the state before it is in %2</source>
        <translation>Khôi phục cơ sở dữ liệu từ %1; trạng thái trước đó nằm trong %2</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>khi đóng cửa sổ</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>làm bằng tay</translation>
    </message>
</context>
<context>
    <name>CellYearReport</name>
    <message>
        <source>%1 — %2: %3 %4 of %5 allowed (%6).</source>
        <translation>%1 — %2: %3 %4, tối đa được %5 (%6).</translation>
    </message>
    <message>
        <source>The quota is exceeded.</source>
        <translation>Đã vượt hạn mức.</translation>
    </message>
    <message>
        <source>No quota applies to this year&apos;s rules.</source>
        <translation>Quy định năm nay không áp dụng hạn mức nào.</translation>
    </message>
    <message>
        <source>I. THE CELL AS A COLLECTIVE</source>
        <translation>I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TẬP THỂ CHI BỘ</translation>
    </message>
    <message>
        <source>No classification rules for Party organisations are in force for %1.</source>
        <translation>Không có quy định xếp loại tổ chức đảng nào có hiệu lực trong năm %1.</translation>
    </message>
    <message>
        <source>The records give %1 no level yet: %2</source>
        <translation>Theo hồ sơ, %1 chưa có mức xếp loại: %2</translation>
    </message>
    <message>
        <source>Proposed level: %1 (%2)%3. Reason: %4</source>
        <translation>Mức đề xuất: %1 (%2)%3. Lý do: %4</translation>
    </message>
    <message>
        <source>, %1 points</source>
        <translation>, %1 điểm</translation>
    </message>
    <message>
        <source>II. THE MEMBERS</source>
        <translation>II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN</translation>
    </message>
    <message>
        <source>%1 members on the roll, %2 reviewed: HTXS %3 (%4), HTT %5 (%6), HT %7 (%8), KHT %9 (%10); %11 awaiting a decision; %12 not rated.</source>
        <translation>Tổng số %1 đảng viên, %2 đảng viên được đánh giá: HTXS %3 (%4), HTT %5 (%6), HT %7 (%8), KHT %9 (%10); %11 đảng viên chờ quyết định; %12 đảng viên không xếp loại.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>III. MEMBERS NOT RATED OR AWAITING A DECISION</source>
        <translation>III. ĐẢNG VIÊN KHÔNG XẾP LOẠI HOẶC CHỜ QUYẾT ĐỊNH</translation>
    </message>
    <message>
        <source>%1 — not rated: %2</source>
        <translation>%1 — không xếp loại: %2</translation>
    </message>
    <message>
        <source>%1 — awaiting the committee&apos;s decision: %2</source>
        <translation>%1 — chờ cấp ủy quyết định: %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>Results of the %1 quality review and classification of the cell and its members</source>
        <translation>Kết quả kiểm điểm, đánh giá, xếp loại chất lượng chi bộ và đảng viên năm %1</translation>
    </message>
    <message>
        <source>IV. THE HTXS QUOTA</source>
        <translation>IV. HẠN MỨC HTXS</translation>
    </message>
    <message>
        <source>Filed at the cell</source>
        <translation>Lưu chi bộ</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Not saved</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>CharterChecks</name>
    <message numerus="yes">
        <source>%1 has %n full member(s); a cell needs at least 3.</source>
        <translation>
            <numerusform>%1 có %n đảng viên chính thức; chi bộ phải có ít nhất 3 đảng viên chính thức.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has a cell committee but only %n full member(s); a committee is elected only from 9 full members.</source>
        <translation>
            <numerusform>%1 có chi ủy nhưng chỉ có %n đảng viên chính thức; chi bộ có từ 9 đảng viên chính thức trở lên mới bầu chi ủy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n committee seat(s); a cell committee has at most 7.</source>
        <translation>
            <numerusform>%1 có %n chi ủy viên; chi ủy có nhiều nhất 7 thành viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots organisation with 30 members or more is a grassroots Party committee.</source>
        <translation>
            <numerusform>%1 có %n đảng viên; tổ chức cơ sở đảng có từ 30 đảng viên trở lên thì lập đảng bộ cơ sở.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots Party committee with fewer than 30 members needs the upper committee&apos;s approval.</source>
        <translation>
            <numerusform>%1 có %n đảng viên; đảng bộ cơ sở có dưới 30 đảng viên phải được cấp ủy cấp trên đồng ý.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Compute proposals</source>
        <translation>&amp;Tính đề xuất</translation>
    </message>
    <message>
        <source>Propose every member&apos;s and organisation&apos;s level for the year again from the records, and save the proposals. Recorded decisions are kept.</source>
        <translation>Đề xuất lại mức xếp loại của từng đảng viên và tổ chức trong năm từ dữ liệu đã ghi, rồi lưu các đề xuất. Các quyết định đã ghi được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Quyết định…</translation>
    </message>
    <message>
        <source>&amp;Lock the year…</source>
        <translation>&amp;Khóa năm…</translation>
    </message>
    <message>
        <source>HTXS quota:</source>
        <translation>Hạn mức HTXS:</translation>
    </message>
</context>
<context>
    <name>ClassificationRows</name>
    <message>
        <source>Decided %1 by %2 on %3: %4</source>
        <translation>Đã quyết định mức %1 (người ghi: %2, ngày %3): %4</translation>
    </message>
    <message>
        <source>Not rated.</source>
        <translation>Không xếp loại.</translation>
    </message>
    <message>
        <source>Not rated: %1</source>
        <translation>Không xếp loại: %1</translation>
    </message>
    <message>
        <source>No rule gives a level; a person decides.</source>
        <translation>Không có quy tắc nào cho ra mức xếp loại; cần người có thẩm quyền quyết định.</translation>
    </message>
    <message>
        <source>Undetermined: %1</source>
        <translation>Chưa xác định: %1</translation>
    </message>
    <message>
        <source>no rule above it was met</source>
        <translation>không đạt quy tắc nào ở mức cao hơn</translation>
    </message>
    <message>
        <source>%1; capped: %2</source>
        <translation>%1; giới hạn mức: %2</translation>
    </message>
</context>
<context>
    <name>ClassificationService</name>
    <message>
        <source>There is no stored proposal for this subject and year; run classify first.</source>
        <translation>Chưa có đề xuất nào được lưu cho đối tượng và năm này; hãy chạy lệnh classify trước.</translation>
    </message>
    <message>
        <source>No classification rules are in force for %1.</source>
        <translation>Không có quy định xếp loại nào có hiệu lực trong năm %1.</translation>
    </message>
    <message>
        <source>The decided level must be htxs, htt, ht or kht.</source>
        <translation>Mức được quyết định phải là htxs, htt, ht hoặc kht.</translation>
    </message>
    <message>
        <source>A decision needs the reason and the name of the person who records it.</source>
        <translation>Quyết định phải có lý do và họ tên người ghi.</translation>
    </message>
    <message>
        <source>The proposal (%1) needs no decision and the level is the same.</source>
        <translation>Mức đề xuất (%1) không cần quyết định và mức quyết định trùng với mức đề xuất.</translation>
    </message>
    <message>
        <source>A session as %1 cannot store the classification proposals of %2.</source>
        <translation>Phiên làm việc với vai trò %1 không thể lưu các đề xuất xếp loại của %2.</translation>
    </message>
    <message>
        <source>The classification of %1 is locked for %2, so its proposals are kept as they were.</source>
        <translation>Kết quả xếp loại năm %1 đã bị khóa đối với %2 nên các đề xuất được giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>The classification of %1 is locked for %2, so no decision can be recorded for it any more.</source>
        <translation>Kết quả xếp loại năm %1 đã bị khóa đối với %2 nên không thể ghi thêm quyết định nào.</translation>
    </message>
    <message>
        <source>Stored the proposals of %1 for %2</source>
        <translation>Lưu đề xuất xếp loại năm %1 của %2</translation>
    </message>
    <message>
        <source>Decided %1 for %2 (proposed %3)</source>
        <translation>Quyết định mức %1 năm %2 (đề xuất %3)</translation>
    </message>
</context>
<context>
    <name>ClassifyCommand</name>
    <message>
        <source>Propose the year&apos;s classification of members and organisations, with the quota and reasons.</source>
        <translation>Đề xuất xếp loại chất lượng đảng viên và tổ chức đảng trong năm, kèm hạn mức HTXS và lý do.</translation>
    </message>
    <message>
        <source>Picks the classification rules in force for the year, proposes a level for every member and organisation with the reasons, lists those not rated, applies the HTXS quota across each grassroots organisation and lists the cases a person must decide. With a database the proposals are stored; decisions already recorded are kept.</source>
        <translation>Chọn quy định xếp loại có hiệu lực trong năm, đề xuất mức xếp loại cho từng đảng viên và tổ chức kèm lý do, liệt kê các trường hợp không xếp loại, áp dụng hạn mức HTXS trong từng tổ chức cơ sở đảng và liệt kê các trường hợp cần người có thẩm quyền quyết định. Khi có cơ sở dữ liệu, các đề xuất được lưu lại; các quyết định đã ghi được giữ nguyên.</translation>
    </message>
    <message>
        <source>Classification for %1 — %2, as of %3</source>
        <translation>Xếp loại chất lượng năm %1 — %2, tính đến ngày %3</translation>
    </message>
    <message>
        <source>Rules: %1 (%2)</source>
        <translation>Quy định: %1 (%2)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Tổ chức (%1)</translation>
    </message>
    <message>
        <source>HTXS quota</source>
        <translation>Hạn mức HTXS</translation>
    </message>
    <message>
        <source>Members (%1 rated, %2 not rated)</source>
        <translation>Đảng viên (%1 được xếp loại, %2 không xếp loại)</translation>
    </message>
    <message>
        <source>Waiting for a decision (%1)</source>
        <translation>Chờ quyết định (%1)</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Đã quyết định (%1)</translation>
    </message>
    <message>
        <source>%1: proposed %2, decided %3 by %4 on %5 — %6</source>
        <translation>%1: đề xuất %2, quyết định %3 (người ghi: %4, ngày %5) — %6</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>Run “chibo-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Chạy “chibo-cli LỆNH --help” để xem các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>ChiBo — records and quality assessment of Party cells, without a window.</source>
        <translation>ChiBo — quản lý hồ sơ và đánh giá chất lượng chi bộ, không cần cửa sổ.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>Use the demo database, creating it if missing (%1).</source>
        <translation>Dùng cơ sở dữ liệu mẫu, tạo mới nếu chưa có (%1).</translation>
    </message>
    <message>
        <source>Language of messages: vi or en (default: the saved setting, else vi).</source>
        <translation>Ngôn ngữ thông báo: vi hoặc en (mặc định: theo cài đặt đã lưu, nếu không thì vi).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Một trong các lệnh dưới đây.</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>LỆNH [tùy chọn]</translation>
    </message>
    <message>
        <source>chibo-cli: unknown command “%1”.</source>
        <translation>chibo-cli: không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>Sign in as this account (else CHIBO_USER). The password is read from CHIBO_PASSWORD, else asked for.</source>
        <translation>Đăng nhập bằng tài khoản này (nếu không thì CHIBO_USER). Mật khẩu được đọc từ CHIBO_PASSWORD, nếu không thì được hỏi.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
</context>
<context>
    <name>CliBackups</name>
    <message>
        <source>chibo-cli: warning: %1</source>
        <translation>chibo-cli: cảnh báo: %1</translation>
    </message>
    <message>
        <source>chibo-cli: warning: the daily backup was not made: %1</source>
        <translation>chibo-cli: cảnh báo: chưa sao lưu hằng ngày được: %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>chibo-cli: wrong number of arguments.</source>
        <translation>chibo-cli: số tham số không đúng.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>This database has accounts: sign in with --user NAME (or CHIBO_USER); the password is read from CHIBO_PASSWORD, else asked for.</source>
        <translation>Cơ sở dữ liệu này có tài khoản: hãy đăng nhập bằng --user TÊN (hoặc CHIBO_USER); mật khẩu được đọc từ CHIBO_PASSWORD, nếu không thì được hỏi.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
</context>
<context>
    <name>CommitteeOverview</name>
    <message>
        <source>The organisation of the overview is not in the records.</source>
        <translation>Tổ chức cần xem tổng quan không có trong dữ liệu.</translation>
    </message>
</context>
<context>
    <name>CommitteeOverviewPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Cell &amp;type:</source>
        <translation>Loại hình &amp;chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Compare within the cell type (rank)</source>
        <translation>&amp;So sánh trong cùng loại hình chi bộ (xếp hạng)</translation>
    </message>
    <message>
        <source>Double-click a cell, or press Enter, to open its scorecards.</source>
        <translation>Nhấp đúp vào một chi bộ hoặc nhấn Enter để mở các bảng điểm của chi bộ đó.</translation>
    </message>
</context>
<context>
    <name>CommitteeYearReport</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>HTXS</source>
        <translation>HTXS</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>HTT</source>
        <translation>HTT</translation>
    </message>
    <message>
        <source>HT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>KHT</source>
        <translation>KHT</translation>
    </message>
    <message>
        <source>Awaiting or not rated</source>
        <translation>Chưa xếp loại</translation>
    </message>
    <message>
        <source>Cell&apos;s level</source>
        <translation>Xếp loại chi bộ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>Summary of the %1 quality classification of Party organisations and members</source>
        <translation>Tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm %1</translation>
    </message>
    <message>
        <source>I. MEMBERS BY CELL</source>
        <translation>I. KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN THEO CHI BỘ</translation>
    </message>
    <message>
        <source>Percentages of the members on each cell&apos;s roll; levels as decided, else as proposed by the records.</source>
        <translation>Tỷ lệ tính trên số đảng viên của từng chi bộ; mức xếp loại theo quyết định, nếu chưa có quyết định thì theo mức đề xuất từ hồ sơ.</translation>
    </message>
    <message>
        <source>II. GRASSROOTS PARTY ORGANISATIONS</source>
        <translation>II. TỔ CHỨC CƠ SỞ ĐẢNG</translation>
    </message>
    <message>
        <source>II. THE HTXS QUOTAS</source>
        <translation>II. HẠN MỨC HTXS</translation>
    </message>
    <message>
        <source>III. THE HTXS QUOTAS</source>
        <translation>III. HẠN MỨC HTXS</translation>
    </message>
    <message>
        <source>The upper Party committee</source>
        <translation>Cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>Filed at the committee&apos;s office</source>
        <translation>Lưu văn phòng đảng ủy</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>buổi sinh hoạt</translation>
    </message>
    <message>
        <source>members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>subordinate organisations</source>
        <translation>tổ chức cấp dưới</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>number of %1 with results of %2</source>
        <translation>số %1 có kết quả theo %2</translation>
    </message>
    <message>
        <source>number of %1 rated by %2</source>
        <translation>số %1 được đánh giá theo %2</translation>
    </message>
    <message>
        <source>number of %1 at %2 or better in %3</source>
        <translation>số %1 đạt %2 trở lên theo %3</translation>
    </message>
    <message>
        <source>number of %1 below %2 in %3</source>
        <translation>số %1 dưới mức %2 theo %3</translation>
    </message>
    <message>
        <source>share of %1 at %2 or better in %3</source>
        <translation>tỷ lệ %1 đạt %2 trở lên theo %3</translation>
    </message>
    <message>
        <source>number of %1 flagged in %2</source>
        <translation>số %1 cần quyết định theo %2</translation>
    </message>
    <message>
        <source>number of %1 without a level in %2</source>
        <translation>số %1 chưa có mức xếp loại theo %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>points of %1</source>
        <translation>điểm của %1</translation>
    </message>
    <message>
        <source>total points</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>min(%1)</source>
        <translation>min(%1)</translation>
    </message>
    <message>
        <source>max(%1)</source>
        <translation>max(%1)</translation>
    </message>
    <message>
        <source>if %1 then %2 else %3</source>
        <translation>nếu %1 thì %2, ngược lại %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>không %1</translation>
    </message>
    <message>
        <source>%1 at least “%2”</source>
        <translation>%1 từ “%2” trở lên</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1 đã có giá trị</translation>
    </message>
</context>
<context>
    <name>CriteriaCaseRunner</name>
    <message>
        <source>A case needs &quot;criteria&quot;, &quot;org&quot; and &quot;year&quot;.</source>
        <translation>Một ca kiểm thử cần có &quot;criteria&quot;, &quot;org&quot; và &quot;year&quot;.</translation>
    </message>
    <message>
        <source>&quot;as_of&quot; must be a date as YYYY-MM-DD.</source>
        <translation>&quot;as_of&quot; phải là một ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>%1: expected “%2”, got “%3”.</source>
        <translation>%1: mong đợi “%2”, thực tế “%3”.</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>đối tượng %1</translation>
    </message>
    <message>
        <source>quota of %1</source>
        <translation>hạn mức của %1</translation>
    </message>
    <message>
        <source>The file has no &quot;criteria_test&quot; member.</source>
        <translation>Tệp không có khóa &quot;criteria_test&quot;.</translation>
    </message>
    <message>
        <source>The case expects no level, flag or quota: it could not fail.</source>
        <translation>Ca kiểm thử không kỳ vọng mức, cờ hay hạn mức nào: ca này không thể thất bại.</translation>
    </message>
</context>
<context>
    <name>CriteriaCommand</name>
    <message>
        <source>List, check or test criteria files.</source>
        <translation>Liệt kê, kiểm tra hoặc chạy thử các tệp tiêu chí.</translation>
    </message>
    <message>
        <source>For test: use the criteria files at PATH instead of the shipped ones.</source>
        <translation>Với test: dùng các tệp tiêu chí tại ĐƯỜNG_DẪN thay cho các tệp đi kèm chương trình.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>Files or folders.</source>
        <translation>Các tệp hoặc thư mục.</translation>
    </message>
    <message>
        <source>[PATH…]</source>
        <translation>[ĐƯỜNG_DẪN…]</translation>
    </message>
    <message>
        <source> (example)</source>
        <translation> (ví dụ)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: no problems.</source>
        <translation>
            <numerusform>Đã kiểm tra %n tệp: không có lỗi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Phát hiện %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test cases found.</source>
        <translation>Không tìm thấy ca kiểm thử nào.</translation>
    </message>
    <message>
        <source>FAIL %1: %2</source>
        <translation>LỖI %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>ok   %1 — %2 (%n fact(s))</source>
        <translation>
            <numerusform>ĐẠT  %1 — %2 (%n dữ kiện)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL %1 — %2</source>
        <translation>
            <numerusform>LỖI  %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 case(s) passed.</source>
        <translation>Đạt %1/%2 ca kiểm thử.</translation>
    </message>
    <message>
        <source>list [PATH…]: the criteria files in use (the shipped and imported ones, or those at PATH).
check [PATH…]: check files together and print every problem as file:line:column.
test [PATH…]: run the test cases beside the rules (default: criteria/tests).
import FILE…: check a locality&apos;s file with the installed ones and copy it into %1.
applies --org KEY [--year YYYY]: the files in force for each cell of the organisation.</source>
        <translation>list [ĐƯỜNG_DẪN…]: các tệp tiêu chí đang dùng (các tệp đi kèm chương trình và các tệp đã nhập, hoặc các tệp tại ĐƯỜNG_DẪN).
check [ĐƯỜNG_DẪN…]: kiểm tra các tệp cùng lúc và in mọi lỗi theo dạng tệp:dòng:cột.
test [ĐƯỜNG_DẪN…]: chạy các ca kiểm thử đặt cạnh các quy định (mặc định: criteria/tests).
import TỆP…: kiểm tra tệp của một địa phương cùng với các tệp đã cài đặt rồi sao chép vào %1.
applies --org MÃ [--year NNNN]: các tệp có hiệu lực đối với từng chi bộ của tổ chức.</translation>
    </message>
    <message>
        <source>For applies: the organisation, by id or name; its grassroots organisation and cells are listed.</source>
        <translation>Với applies: tổ chức, theo mã hoặc tên; liệt kê tổ chức cơ sở đảng và các chi bộ của tổ chức đó.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>For applies: the year (default: this year).</source>
        <translation>Với applies: năm (mặc định: năm nay).</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>NNNN</translation>
    </message>
    <message>
        <source>list, check, test, import or applies.</source>
        <translation>list, check, test, import hoặc applies.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025.</source>
        <translation>--year cần một năm, ví dụ 2025.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list, check, test, import or applies.</source>
        <translation>Không có thao tác “%1”: hãy dùng list, check, test, import hoặc applies.</translation>
    </message>
    <message>
        <source>import needs the criteria file to import.</source>
        <translation>Thao tác import cần có tệp tiêu chí để nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%1: not installed (%n problem(s)).</source>
        <translation>
            <numerusform>%1: chưa cài đặt (%n lỗi).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: installed %2@%3 as %4.</source>
        <translation>%1: đã cài đặt %2@%3 tại %4.</translation>
    </message>
    <message>
        <source>Criteria files in force in %1 — %2</source>
        <translation>Các tệp tiêu chí có hiệu lực năm %1 — %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>CriteriaInstall</name>
    <message>
        <source>Cannot read the criteria file: %1.</source>
        <translation>Không đọc được tệp tiêu chí: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The criteria file has %n problem(s) and was not installed.</source>
        <translation>
            <numerusform>Tệp tiêu chí có %n lỗi nên chưa được cài đặt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder for installed criteria files.</source>
        <translation>Không tạo được thư mục chứa các tệp tiêu chí đã cài đặt.</translation>
    </message>
    <message>
        <source>A criteria file with this id and version is already installed.</source>
        <translation>Đã cài đặt một tệp tiêu chí có cùng mã và phiên bản này.</translation>
    </message>
    <message>
        <source>Cannot write the criteria file: %1.</source>
        <translation>Không ghi được tệp tiêu chí: %1.</translation>
    </message>
    <message>
        <source>Installed the criteria file %1@%2 as %3</source>
        <translation>Cài đặt tệp tiêu chí %1@%2 thành %3</translation>
    </message>
</context>
<context>
    <name>CriteriaLibrary</name>
    <message>
        <source>Cannot read the criteria file: %1.</source>
        <translation>Không đọc được tệp tiêu chí: %1.</translation>
    </message>
    <message>
        <source>No such criteria file or folder.</source>
        <translation>Không có tệp hoặc thư mục tiêu chí này.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoader</name>
    <message>
        <source>The file nests lists and objects more than %1 levels deep; a criteria file never needs that many.</source>
        <translation>Tệp lồng danh sách và đối tượng sâu quá %1 cấp; một tệp tiêu chí không bao giờ cần nhiều cấp như vậy.</translation>
    </message>
    <message>
        <source>The file is not valid JSON here (%1).</source>
        <translation>Tại vị trí này, tệp không phải JSON hợp lệ (%1).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is given twice in the same object; only one may be given.</source>
        <translation>Khóa &quot;%1&quot; xuất hiện hai lần trong cùng một đối tượng; chỉ được khai báo một lần.</translation>
    </message>
    <message>
        <source>A criteria file must hold one JSON object, {…}.</source>
        <translation>Tệp tiêu chí phải chứa đúng một đối tượng JSON, {…}.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderBands</name>
    <message>
        <source>The band from %1 to %2 is empty: &quot;from&quot; must be below &quot;to&quot;.</source>
        <translation>Khung điểm từ %1 đến %2 bị rỗng: &quot;from&quot; phải nhỏ hơn &quot;to&quot;.</translation>
    </message>
    <message>
        <source>The band from %1 to %2 overlaps the band from %3 to %4.</source>
        <translation>Khung điểm từ %1 đến %2 chồng lên khung điểm từ %3 đến %4.</translation>
    </message>
    <message>
        <source>No band gives points from %1 to %2: the bands must leave no gap.</source>
        <translation>Không có khung nào cho điểm từ %1 đến %2: các khung điểm phải liền nhau, không để hở.</translation>
    </message>
    <message>
        <source>The bands start at %1; they must start at 0 or below (or at null) so that every value gets points.</source>
        <translation>Các khung điểm bắt đầu từ %1; chúng phải bắt đầu từ 0 trở xuống (hoặc từ null) để mọi giá trị đều được tính điểm.</translation>
    </message>
    <message>
        <source>The last band stops at %1, so higher values get no points; a share can be 1 (100%), so the last band must reach beyond 1 or end at null.</source>
        <translation>Khung điểm cuối cùng dừng ở %1 nên các giá trị lớn hơn không được tính điểm; một tỷ lệ có thể bằng 1 (100%), vì vậy khung cuối phải vượt quá 1 hoặc kết thúc bằng null.</translation>
    </message>
    <message>
        <source>The last band stops at %1, so higher values get no points; a count has no upper limit, so the last band must end at null.</source>
        <translation>Khung điểm cuối cùng dừng ở %1 nên các giá trị lớn hơn không được tính điểm; số đếm không có giới hạn trên, vì vậy khung cuối phải kết thúc bằng null.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderContext</name>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; phải là một đối tượng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; phải là một danh sách.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; phải là chuỗi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; phải là số nguyên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong type.</source>
        <translation>&quot;%1&quot; sai kiểu dữ liệu.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the keys allowed here are: %2.</source>
        <translation>Khóa &quot;%1&quot; không hợp lệ; các khóa được dùng ở đây là: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item.</source>
        <translation>&quot;%1&quot; phải có ít nhất một phần tử.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>Thiếu trường bắt buộc &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; không được để trống.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; must be %2 to 64 lower-case letters, digits or hyphens, starting with a letter or a digit.</source>
        <translation>Mã &quot;%1&quot; phải gồm từ %2 đến 64 ký tự là chữ thường, chữ số hoặc dấu gạch nối, bắt đầu bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; must be lower-case letters, digits or underscores.</source>
        <translation>Mã &quot;%1&quot; chỉ được gồm chữ thường, chữ số hoặc dấu gạch dưới.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; phải là một ngày viết dạng NNNN-TT-NN, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number with a fraction or an exponent; write it as a string, e.g. &quot;0.5&quot; or &quot;85%&quot;, so that it stays exact.</source>
        <translation>&quot;%1&quot; là số có phần thập phân hoặc số mũ; hãy viết dưới dạng chuỗi, ví dụ &quot;0.5&quot; hoặc &quot;85%&quot;, để giữ giá trị chính xác.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exact number: write an integer, a fraction like &quot;2/3&quot;, a decimal like &quot;12.5&quot; or a percentage like &quot;85%&quot;.</source>
        <translation>&quot;%1&quot; không phải là số chính xác: hãy viết số nguyên, phân số như &quot;2/3&quot;, số thập phân như &quot;12.5&quot; hoặc tỷ lệ phần trăm như &quot;85%&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; phải là một số.</translation>
    </message>
    <message>
        <source>The number in &quot;%1&quot; is too large; numbers in criteria files are at most %2 in size.</source>
        <translation>Số trong &quot;%1&quot; quá lớn; số trong tệp tiêu chí có độ lớn tối đa là %2.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used in this file; every rule and indicator needs its own.</source>
        <translation>Mã &quot;%1&quot; đã được dùng trong tệp này; mỗi quy định và chỉ số phải có mã riêng.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderHeader</name>
    <message>
        <source>&quot;schema_version&quot; must be the whole number %1.</source>
        <translation>&quot;schema_version&quot; phải là số nguyên %1.</translation>
    </message>
    <message>
        <source>This file was written by a newer ChiBo (schema version %1); this ChiBo reads schema version %2. Update ChiBo to use it.</source>
        <translation>Tệp này được tạo bởi phiên bản ChiBo mới hơn (lược đồ phiên bản %1); phiên bản ChiBo này đọc lược đồ phiên bản %2. Hãy cập nhật ChiBo để dùng tệp này.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; must not contain spaces.</source>
        <translation>Phiên bản &quot;%1&quot; không được chứa dấu cách.</translation>
    </message>
    <message>
        <source>&quot;valid_to&quot; (%1) is before &quot;valid_from&quot; (%2).</source>
        <translation>&quot;valid_to&quot; (%1) sớm hơn &quot;valid_from&quot; (%2).</translation>
    </message>
    <message>
        <source>Unknown reliability &quot;%1&quot;; use %2.</source>
        <translation>Độ tin cậy &quot;%1&quot; không hợp lệ; hãy dùng %2.</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot; in &quot;%2&quot;; use %3.</source>
        <translation>Mã &quot;%1&quot; trong &quot;%2&quot; không hợp lệ; hãy dùng %3.</translation>
    </message>
    <message>
        <source>Unknown subject &quot;%1&quot;; use %2.</source>
        <translation>Đối tượng &quot;%1&quot; không hợp lệ; hãy dùng %2.</translation>
    </message>
    <message>
        <source>A file about &quot;%1&quot; must have the period &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Tệp về đối tượng &quot;%1&quot; phải có kỳ &quot;%2&quot;, không phải &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The level &quot;%1&quot; is listed twice.</source>
        <translation>Mức &quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>The parameter name &quot;%1&quot; must be lower-case letters, digits or underscores.</source>
        <translation>Tên tham số &quot;%1&quot; chỉ được gồm chữ thường, chữ số hoặc dấu gạch dưới.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderIndicators</name>
    <message>
        <source>The indicator &quot;%1&quot; gives points, so it needs &quot;max_points&quot;.</source>
        <translation>Chỉ số &quot;%1&quot; có tính điểm nên cần có &quot;max_points&quot;.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has both &quot;value&quot; and &quot;input&quot;; give exactly one.</source>
        <translation>Chỉ số &quot;%1&quot; có cả &quot;value&quot; và &quot;input&quot;; chỉ được khai báo đúng một trong hai.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; needs either &quot;value&quot; (computed) or &quot;input&quot; (entered).</source>
        <translation>Chỉ số &quot;%1&quot; cần có &quot;value&quot; (tính toán) hoặc &quot;input&quot; (nhập tay).</translation>
    </message>
    <message>
        <source>The largest points a person may enter must be above 0.</source>
        <translation>Số điểm tối đa mà người dùng có thể nhập phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Unknown input kind &quot;%1&quot;; use points, grade or yes_no.</source>
        <translation>Kiểu nhập &quot;%1&quot; không hợp lệ; hãy dùng points, grade hoặc yes_no.</translation>
    </message>
    <message>
        <source>The grade &quot;%1&quot; is listed twice on the scale.</source>
        <translation>Bậc &quot;%1&quot; được liệt kê hai lần trong thang đánh giá.</translation>
    </message>
    <message>
        <source>Either every grade of the scale gives &quot;points&quot; or none does.</source>
        <translation>Hoặc mọi bậc của thang đánh giá đều có &quot;points&quot;, hoặc không bậc nào có.</translation>
    </message>
    <message>
        <source>Unknown &quot;when_missing&quot; value &quot;%1&quot;; use flag, no_points or full_points.</source>
        <translation>Giá trị &quot;when_missing&quot; &quot;%1&quot; không hợp lệ; hãy dùng flag, no_points hoặc full_points.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderNodes</name>
    <message>
        <source>A code in an expression must not be empty.</source>
        <translation>Mã trong biểu thức không được để trống.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, true or false, a code, or an expression object such as {&quot;metric&quot;: …}.</source>
        <translation>&quot;%1&quot; phải là một số, true hoặc false, một mã, hoặc một đối tượng biểu thức như {&quot;metric&quot;: …}.</translation>
    </message>
    <message>
        <source>An expression must be an object with exactly one operator, one of: %1.</source>
        <translation>Biểu thức phải là một đối tượng có đúng một toán tử, là một trong: %1.</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;; the operators are: %2.</source>
        <translation>Toán tử &quot;%1&quot; không hợp lệ; các toán tử là: %2.</translation>
    </message>
    <message>
        <source>{&quot;value&quot;: {}} may only be used in an indicator&apos;s &quot;points&quot;, &quot;pass&quot; or &quot;bonus&quot;.</source>
        <translation>{&quot;value&quot;: {}} chỉ được dùng trong &quot;points&quot;, &quot;pass&quot; hoặc &quot;bonus&quot; của một chỉ số.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly %2 operands, not %3.</source>
        <translation>&quot;%1&quot; nhận đúng %2 toán hạng, không phải %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at least %2 operands.</source>
        <translation>&quot;%1&quot; nhận ít nhất %2 toán hạng.</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;; add it to &quot;parameters&quot; first.</source>
        <translation>Tham số &quot;%1&quot; chưa được khai báo; hãy thêm nó vào &quot;parameters&quot; trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes an empty object: {}.</source>
        <translation>&quot;%1&quot; nhận một đối tượng rỗng: {}.</translation>
    </message>
    <message>
        <source>&quot;grade_at_least&quot; takes an indicator and a grade code, e.g. [{&quot;indicator&quot;: &quot;id&quot;}, &quot;tot&quot;].</source>
        <translation>&quot;grade_at_least&quot; nhận một chỉ số và một mã bậc, ví dụ [{&quot;indicator&quot;: &quot;id&quot;}, &quot;tot&quot;].</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; docs/metrics.md lists the metrics.</source>
        <translation>Số liệu &quot;%1&quot; không tồn tại; danh sách số liệu có trong docs/metrics.md.</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Số liệu &quot;%1&quot; không tồn tại; có phải ý bạn là &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; is not about this file&apos;s subject &quot;%2&quot;.</source>
        <translation>Số liệu &quot;%1&quot; không áp dụng cho đối tượng &quot;%2&quot; của tệp này.</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation>Số liệu &quot;%1&quot; không nhận đối số &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; has no argument &quot;%2&quot;; it takes: %3.</source>
        <translation>Số liệu &quot;%1&quot; không có đối số &quot;%2&quot;; các đối số của nó là: %3.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; of &quot;%2&quot; must be one of: %3.</source>
        <translation>Đối số &quot;%1&quot; của &quot;%2&quot; phải là một trong: %3.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; of &quot;%2&quot; must be a whole number, 0 or more.</source>
        <translation>Đối số &quot;%1&quot; của &quot;%2&quot; phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Unknown aggregate &quot;%1&quot;; use count, rated, count_at_least, count_below, share_at_least, count_flagged or undetermined.</source>
        <translation>Phép tổng hợp &quot;%1&quot; không hợp lệ; hãy dùng count, rated, count_at_least, count_below, share_at_least, count_flagged hoặc undetermined.</translation>
    </message>
    <message>
        <source>The aggregate &quot;%1&quot; takes no level.</source>
        <translation>Phép tổng hợp &quot;%1&quot; không nhận mức.</translation>
    </message>
    <message>
        <source>Unknown &quot;over&quot; value &quot;%1&quot;; use meetings, months, members or subordinates.</source>
        <translation>Giá trị &quot;over&quot; &quot;%1&quot; không hợp lệ; hãy dùng meetings, months, members hoặc subordinates.</translation>
    </message>
    <message>
        <source>A file about &quot;%1&quot; cannot read results over &quot;%2&quot;.</source>
        <translation>Tệp về đối tượng &quot;%1&quot; không thể đọc kết quả theo &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderReferences</name>
    <message>
        <source>The indicator &quot;%1&quot; has bands of points, but its value is not a number.</source>
        <translation>Chỉ số &quot;%1&quot; có các khung điểm nhưng giá trị của nó không phải là số.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a condition (true or false)</source>
        <translation>một điều kiện (true hoặc false)</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>một mã</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>một giá trị</translation>
    </message>
    <message>
        <source>This gives %1, but %2 is needed here.</source>
        <translation>Biểu thức này cho ra %1, nhưng ở đây cần %2.</translation>
    </message>
    <message>
        <source>Unknown indicator &quot;%1&quot;; it must be the id of an indicator of this file.</source>
        <translation>Chỉ số &quot;%1&quot; không tồn tại; phải là mã của một chỉ số trong tệp này.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; gives no points to add up.</source>
        <translation>Chỉ số &quot;%1&quot; không cho điểm nên không thể cộng vào tổng.</translation>
    </message>
    <message>
        <source>&quot;grade_at_least&quot; compares the grade of an indicator: write {&quot;indicator&quot;: &quot;id&quot;}.</source>
        <translation>&quot;grade_at_least&quot; so sánh bậc của một chỉ số: hãy viết {&quot;indicator&quot;: &quot;id&quot;}.</translation>
    </message>
    <message>
        <source>&quot;grade_at_least&quot; needs an indicator entered as a grade.</source>
        <translation>&quot;grade_at_least&quot; cần một chỉ số được nhập theo bậc.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade of the indicator &quot;%2&quot;; its grades are: %3.</source>
        <translation>&quot;%1&quot; không phải là một bậc của chỉ số &quot;%2&quot;; các bậc của chỉ số này là: %3.</translation>
    </message>
    <message>
        <source>Indicators read each other in a cycle: %1.</source>
        <translation>Các chỉ số đọc lẫn nhau thành vòng: %1.</translation>
    </message>
</context>
<context>
    <name>CriteriaLoaderRules</name>
    <message>
        <source>Unknown level &quot;%1&quot;: this file has no &quot;levels&quot;.</source>
        <translation>Mức &quot;%1&quot; không tồn tại: tệp này không có &quot;levels&quot;.</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;; the file&apos;s levels are: %2.</source>
        <translation>Mức &quot;%1&quot; không tồn tại; các mức của tệp là: %2.</translation>
    </message>
    <message>
        <source>A file with a &quot;classification&quot; must list its &quot;levels&quot;.</source>
        <translation>Tệp có &quot;classification&quot; phải liệt kê các &quot;levels&quot; của nó.</translation>
    </message>
    <message>
        <source>The quota&apos;s share must be between 0 and 1 (0% and 100%), not %1.</source>
        <translation>Tỷ lệ của hạn mức phải nằm trong khoảng từ 0 đến 1 (0% đến 100%), không phải %1.</translation>
    </message>
</context>
<context>
    <name>CriteriaOverview</name>
    <message>
        <source>each meeting</source>
        <translation>từng buổi sinh hoạt</translation>
    </message>
    <message>
        <source>each member, by year</source>
        <translation>từng đảng viên, theo năm</translation>
    </message>
    <message>
        <source>each organisation, by month</source>
        <translation>từng tổ chức, theo tháng</translation>
    </message>
    <message>
        <source>each organisation, by year</source>
        <translation>từng tổ chức, theo năm</translation>
    </message>
    <message>
        <source>official text</source>
        <translation>văn bản chính thức</translation>
    </message>
    <message>
        <source>quoted by a legal database</source>
        <translation>trích từ cơ sở dữ liệu pháp luật</translation>
    </message>
    <message>
        <source>reported by the press</source>
        <translation>theo báo chí đưa tin</translation>
    </message>
    <message>
        <source>a locality&apos;s document</source>
        <translation>văn bản của địa phương</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>nguồn không chính thức</translation>
    </message>
    <message>
        <source>every kind of organisation</source>
        <translation>mọi loại tổ chức</translation>
    </message>
    <message>
        <source>every type of cell</source>
        <translation>mọi loại hình chi bộ</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>mọi địa phương</translation>
    </message>
    <message>
        <source>%1; %2; %3</source>
        <translation>%1; %2; %3</translation>
    </message>
    <message>
        <source>%1 %2-%3 of %4</source>
        <translation>%1 số %2-%3 ngày %4</translation>
    </message>
    <message>
        <source>An example for a committee to adapt: it is not a rule in force.</source>
        <translation>Mẫu ví dụ để cấp ủy điều chỉnh cho phù hợp: không phải quy định đang có hiệu lực.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Đối tượng đánh giá</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>không thời hạn</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Các mức xếp loại</translation>
    </message>
    <message>
        <source>points and pass or fail only</source>
        <translation>chỉ chấm điểm và đạt/không đạt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>đã nhập: %1</translation>
    </message>
    <message>
        <source>shipped with ChiBo: %1</source>
        <translation>đi kèm ChiBo: %1</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Mã băm nội dung</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>&amp;Import a criteria file…</source>
        <translation>&amp;Nhập tệp tiêu chí…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Legal basis and levels</source>
        <translation>Căn cứ và các mức xếp loại</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Kiểm thử</translation>
    </message>
    <message>
        <source>&amp;Run tests</source>
        <translation>&amp;Chạy kiểm thử</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ca kiểm thử</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Which rules apply</source>
        <translation>Bộ tiêu chí áp dụng</translation>
    </message>
</context>
<context>
    <name>CriteriaSet</name>
    <message>
        <source>This file and %1 both have the id &quot;%2&quot; and are both in force on %3; the dates of two versions of a file must not overlap.</source>
        <translation>Tệp này và %1 cùng có mã &quot;%2&quot; và cùng có hiệu lực vào ngày %3; thời gian hiệu lực của hai phiên bản của một tệp không được chồng lên nhau.</translation>
    </message>
    <message>
        <source>No criteria file has the id &quot;%1&quot;.</source>
        <translation>Không có tệp tiêu chí nào có mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; (%2) has no level &quot;%3&quot;.</source>
        <translation>Tệp &quot;%1&quot; (%2) không có mức &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is about &quot;%2&quot;; results over &quot;%3&quot; must come from a file about &quot;%4&quot;.</source>
        <translation>Tệp &quot;%1&quot; dành cho đối tượng &quot;%2&quot;; kết quả theo &quot;%3&quot; phải lấy từ tệp dành cho đối tượng &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; reads the results of &quot;%2&quot;, which in turn read the results of &quot;%1&quot;; files must not read each other in a cycle.</source>
        <translation>Tệp &quot;%1&quot; đọc kết quả của &quot;%2&quot;, trong khi tệp đó lại đọc kết quả của &quot;%1&quot;; các tệp không được đọc lẫn nhau thành vòng.</translation>
    </message>
    <message>
        <source>This file reads the results of &quot;%1&quot;, which cannot be used because of the problems reported for it.</source>
        <translation>Tệp này đọc kết quả của &quot;%1&quot;, nhưng không thể dùng tệp đó vì các lỗi đã được báo cho nó.</translation>
    </message>
</context>
<context>
    <name>CriteriaTestCases</name>
    <message>
        <source>Running %1…</source>
        <translation>Đang chạy %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) run.</source>
        <translation>
            <numerusform>Đã chạy %n ca kiểm thử.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; ChiBo does not read CSV files that large.</source>
        <translation>“%1” lớn hơn %2 MB; ChiBo không đọc tệp CSV lớn như vậy.</translation>
    </message>
    <message>
        <source>“%1”, line %2, is not UTF-8 text. Save the file as “CSV UTF-8” and open it again.</source>
        <translation>“%1”, dòng %2, không phải văn bản UTF-8. Hãy lưu tệp dưới dạng “CSV UTF-8” rồi mở lại.</translation>
    </message>
    <message>
        <source>“%1”: the quote opened on line %2 is never closed.</source>
        <translation>“%1”: dấu ngoặc kép mở ở dòng %2 không bao giờ được đóng.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 không phải là tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Không có tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not available.</source>
        <translation>Không có trình điều khiển Qt SQL %1.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of ChiBo reads versions up to %3 only. Open it with a newer ChiBo.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, nhưng phiên bản ChiBo này chỉ đọc được đến phiên bản %3. Hãy mở bằng ChiBo mới hơn.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and must be upgraded to version %3 before it can be opened read-only. Open it once for writing.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, phải nâng lên phiên bản %3 trước khi mở ở chế độ chỉ đọc. Hãy mở một lần ở chế độ ghi.</translation>
    </message>
    <message>
        <source>The file %1 is not a ChiBo database (%2).</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu ChiBo (%2).</translation>
    </message>
    <message>
        <source>Could not set up the database %1: %2</source>
        <translation>Không thiết lập được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Could not write the backup %1 before upgrading the database: %2</source>
        <translation>Không ghi được bản sao lưu %1 trước khi nâng cấp cơ sở dữ liệu: %2</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Could not commit the transaction: %1</source>
        <translation>Không hoàn tất được giao dịch: %1</translation>
    </message>
    <message>
        <source>Could not roll back the transaction: %1</source>
        <translation>Không hủy được giao dịch: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot be changed: the file or its folder is read-only (ChiBo writes a journal beside the file). Commands that only read it still work; to change it, copy it to a folder you can write to.</source>
        <translation>Không thể thay đổi cơ sở dữ liệu %1: tệp hoặc thư mục chứa tệp chỉ cho phép đọc (ChiBo cần ghi nhật ký bên cạnh tệp). Các lệnh chỉ đọc vẫn dùng được; muốn thay đổi, hãy sao chép tệp sang một thư mục có quyền ghi.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>A backup cannot be copied or restored inside a transaction.</source>
        <translation>Không thể sao lưu hay khôi phục khi đang ở trong một giao dịch.</translation>
    </message>
    <message>
        <source>ChiBo does not back up or restore a %1 database; its administrator does (pg_dump).</source>
        <translation>ChiBo không sao lưu hay khôi phục cơ sở dữ liệu %1; việc đó do người quản trị máy chủ làm (pg_dump).</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 chính là cơ sở dữ liệu đang mở; hãy chọn một tệp sao lưu.</translation>
    </message>
</context>
<context>
    <name>DatabaseDrive</name>
    <message>
        <source>The database %1 is on a network drive. A dropped connection can damage it: keep the database on this computer&apos;s own disk and copy backups to the network instead.</source>
        <translation>Cơ sở dữ liệu %1 nằm trên ổ mạng. Mất kết nối có thể làm hỏng dữ liệu: hãy để cơ sở dữ liệu trên ổ đĩa của chính máy này và chỉ chép các bản sao lưu ra ổ mạng.</translation>
    </message>
    <message>
        <source>The database %1 is on a removable drive. Pulling the drive out while ChiBo is open can damage it: keep the database on this computer&apos;s own disk and copy backups to the drive instead.</source>
        <translation>Cơ sở dữ liệu %1 nằm trên ổ rời. Rút ổ ra khi ChiBo đang mở có thể làm hỏng dữ liệu: hãy để cơ sở dữ liệu trên ổ đĩa của chính máy này và chỉ chép các bản sao lưu ra ổ rời.</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>The file is empty; a dataset is a JSON object that starts with “{”.</source>
        <translation>Tệp trống; tệp dữ liệu là một đối tượng JSON bắt đầu bằng “{”.</translation>
    </message>
    <message>
        <source>The document must be a JSON object that starts with “{”, but it is a list.</source>
        <translation>Tài liệu phải là một đối tượng JSON bắt đầu bằng “{”, nhưng đây là một danh sách.</translation>
    </message>
    <message>
        <source>The field “%1” is given twice in the same object; only one value can be kept, so remove or rename one of them.</source>
        <translation>Trường “%1” xuất hiện hai lần trong cùng một đối tượng; chỉ giữ được một giá trị, hãy xóa hoặc đổi tên một trường.</translation>
    </message>
    <message>
        <source>This is not a ChiBo dataset: the field “format” with the value “%1” is missing.</source>
        <translation>Đây không phải tệp dữ liệu ChiBo: thiếu trường “format” có giá trị “%1”.</translation>
    </message>
    <message>
        <source>This is not a ChiBo dataset: the field “format” must be “%1”.</source>
        <translation>Đây không phải tệp dữ liệu ChiBo: trường “format” phải là “%1”.</translation>
    </message>
    <message>
        <source>The dataset has no “format_version” field, which is required.</source>
        <translation>Tệp dữ liệu thiếu trường bắt buộc “format_version”.</translation>
    </message>
    <message>
        <source>This dataset has format version %1, which is newer than this version of ChiBo can read (up to version %2). Please update ChiBo.</source>
        <translation>Tệp dữ liệu có định dạng phiên bản %1, mới hơn mức phiên bản ChiBo này đọc được (đến phiên bản %2). Hãy cập nhật ChiBo.</translation>
    </message>
    <message>
        <source>The field “format_version” must be a whole number from 1 to %1.</source>
        <translation>Trường “format_version” phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>Missing comma or closing brace “}”: the fields of an object are separated by commas.</source>
        <translation>Thiếu dấu phẩy hoặc dấu đóng “}”: các trường của một đối tượng cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Missing colon “:” after a field name.</source>
        <translation>Thiếu dấu hai chấm “:” sau tên trường.</translation>
    </message>
    <message>
        <source>Missing comma or closing bracket “]”: the items of a list are separated by commas.</source>
        <translation>Thiếu dấu phẩy hoặc dấu đóng “]”: các phần tử của danh sách cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Missing comma or closing bracket.</source>
        <translation>Thiếu dấu phẩy hoặc dấu đóng ngoặc.</translation>
    </message>
    <message>
        <source>Unexpected text: a value was expected here (text in double quotes, a number, true, false, null, an object or a list).</source>
        <translation>Nội dung không hợp lệ: ở đây cần một giá trị (chuỗi trong ngoặc kép, số, true, false, null, đối tượng hoặc danh sách).</translation>
    </message>
    <message>
        <source>The document ends in the middle of a number.</source>
        <translation>Tài liệu kết thúc giữa chừng một con số.</translation>
    </message>
    <message>
        <source>This is not a valid number.</source>
        <translation>Đây không phải là số hợp lệ.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a text: after a backslash “\” only &quot; \ / b f n r t or uXXXX may follow.</source>
        <translation>Chuỗi thoát không hợp lệ: sau dấu gạch chéo ngược “\” chỉ được có &quot; \ / b f n r t hoặc uXXXX.</translation>
    </message>
    <message>
        <source>The text here is not valid UTF-8; save the file with the UTF-8 encoding.</source>
        <translation>Văn bản ở đây không phải UTF-8 hợp lệ; hãy lưu tệp bằng bảng mã UTF-8.</translation>
    </message>
    <message>
        <source>A text is not closed: its closing double quote “&quot;” is missing.</source>
        <translation>Một chuỗi chưa được đóng: thiếu dấu ngoặc kép đóng “&quot;”.</translation>
    </message>
    <message>
        <source>A value or a field name was expected here; is there a comma too many before it?</source>
        <translation>Ở đây cần một giá trị hoặc tên trường; phía trước có thừa dấu phẩy không?</translation>
    </message>
    <message>
        <source>The document is nested too deeply.</source>
        <translation>Tài liệu lồng nhau quá sâu.</translation>
    </message>
    <message>
        <source>The document is too large to read.</source>
        <translation>Tài liệu quá lớn, không đọc được.</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the document.</source>
        <translation>Có nội dung thừa sau khi tài liệu đã kết thúc.</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>Tài liệu không phải JSON hợp lệ.</translation>
    </message>
</context>
<context>
    <name>DatasetTransfer</name>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>Không nhập dữ liệu nào từ %1. %2</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>Không có tổ chức nào có mã %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 organisation(s), %3 member(s), %4 meeting(s)</source>
        <translation>Nhập %1: %2 tổ chức, %3 đảng viên, %4 buổi sinh hoạt</translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>“%1” matches %2 members; give the member&apos;s id.</source>
        <translation>“%1” khớp với %2 đảng viên; hãy nhập mã của đảng viên.</translation>
    </message>
    <message>
        <source>Record a decided classification level, with the reason and who decided.</source>
        <translation>Ghi mức xếp loại đã được quyết định, kèm lý do và người quyết định.</translation>
    </message>
    <message>
        <source>Records the level the competent committee decided for a member or an organisation (QĐ 124 Art. 13), where it differs from ChiBo&apos;s proposal or where the proposal needs a decision. Recomputing never changes a recorded decision.</source>
        <translation>Ghi mức xếp loại mà cấp ủy có thẩm quyền đã quyết định cho một đảng viên hoặc một tổ chức (QĐ 124, Điều 13), khi mức đó khác với đề xuất của ChiBo hoặc khi đề xuất cần có quyết định. Việc tính lại không bao giờ thay đổi một quyết định đã ghi.</translation>
    </message>
    <message>
        <source>The member or organisation: id or name.</source>
        <translation>Đảng viên hoặc tổ chức: mã hoặc tên.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>ĐỐI_TƯỢNG</translation>
    </message>
    <message>
        <source>The year classified.</source>
        <translation>Năm được xếp loại.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>NNNN</translation>
    </message>
    <message>
        <source>htxs, htt, ht or kht.</source>
        <translation>htxs, htt, ht hoặc kht.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>MỨC</translation>
    </message>
    <message>
        <source>Why, as the committee put it.</source>
        <translation>Lý do, theo đúng ý kiến của cấp ủy.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>CHỮ</translation>
    </message>
    <message>
        <source>Name and title of the person recording it.</source>
        <translation>Họ tên và chức vụ của người ghi.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>decide needs --%1.</source>
        <translation>Lệnh decide cần --%1.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Đã ghi quyết định.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the level</source>
        <translation>Quyết định mức xếp loại</translation>
    </message>
    <message>
        <source>ChiBo&apos;s proposal and its reasons:</source>
        <translation>Đề xuất của ChiBo và lý do:</translation>
    </message>
    <message>
        <source>Decided &amp;level:</source>
        <translation>&amp;Mức được quyết định:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Why the committee decided this level, as its minutes say.</source>
        <translation>Lý do cấp ủy quyết định mức này, theo biên bản họp.</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Người quyết định:</translation>
    </message>
    <message>
        <source>Name and title of the person recording it</source>
        <translation>Họ tên và chức vụ của người ghi</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo database (Ea Sin commune party committee).</source>
        <translation>Tạo cơ sở dữ liệu mẫu (Đảng bộ xã Ea Sin).</translation>
    </message>
    <message>
        <source>Creates the demo database: the party committee of Ea Sin commune with its cells, members and every monthly meeting of 2025 and of 2026 up to the given date. The same seed and date give the same data.</source>
        <translation>Tạo cơ sở dữ liệu mẫu: Đảng bộ xã Ea Sin với các chi bộ, đảng viên và mọi buổi sinh hoạt hằng tháng năm 2025 và năm 2026 đến ngày chỉ định. Cùng hạt giống và cùng ngày cho cùng một dữ liệu.</translation>
    </message>
    <message>
        <source>Replace an existing database file.</source>
        <translation>Thay thế tệp cơ sở dữ liệu đã có.</translation>
    </message>
    <message>
        <source>Last day of the demo&apos;s records (default: today).</source>
        <translation>Ngày cuối cùng của dữ liệu mẫu (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <source>Seed of the generator (default: %1).</source>
        <translation>Hạt giống của bộ sinh dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>--as-of needs a date from 2025 on as YYYY-MM-DD, not “%1”.</source>
        <translation>--as-of cần một ngày từ năm 2025 trở đi, dạng NNNN-TT-NN, không phải “%1”.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed cần một số nguyên.</translation>
    </message>
    <message>
        <source>Demo database created: %1</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>%1 organisations, %2 members, %3 meetings, %4 attendance records, up to %5.</source>
        <translation>%1 tổ chức, %2 đảng viên, %3 buổi sinh hoạt, %4 lượt điểm danh, đến ngày %5.</translation>
    </message>
    <message>
        <source>Sign in as %1 (administrator), bithu.eakring (secretary), uyvien (committee member) or xem (viewer); the password of each is %2.</source>
        <translation>Đăng nhập bằng %1 (quản trị viên), bithu.eakring (bí thư), uyvien (ủy viên) hoặc xem (chỉ xem); mật khẩu của mỗi tài khoản là %2.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 đã có; dùng --force để thay bằng cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>--cells needs a number from 1 to 100000, not %1.</source>
        <translation>--cells cần một số từ 1 đến 100000, không phải %1.</translation>
    </message>
    <message>
        <source>--members must lie between %1 and %2 for %3 cells of %4 to %5 members, not %6.</source>
        <translation>--members phải nằm trong khoảng %1 đến %2 cho %3 chi bộ, mỗi chi bộ từ %4 đến %5 đảng viên, không phải %6.</translation>
    </message>
    <message>
        <source>--years needs a number from 1 to 10, not %1.</source>
        <translation>--years cần một số từ 1 đến 10, không phải %1.</translation>
    </message>
    <message>
        <source>The new database was not closed cleanly.</source>
        <translation>Cơ sở dữ liệu mới chưa được đóng trọn vẹn.</translation>
    </message>
    <message>
        <source>Could not move the new database to %1.</source>
        <translation>Không chuyển được cơ sở dữ liệu mới đến %1.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open a ChiBo database</source>
        <translation>Mở cơ sở dữ liệu ChiBo</translation>
    </message>
    <message>
        <source>ChiBo databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu ChiBo (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>DisciplineRules</name>
    <message>
        <source>The disciplined member is not on record.</source>
        <translation>Không có hồ sơ của đảng viên bị kỷ luật.</translation>
    </message>
    <message>
        <source>%1 is not a Party member on %2 and cannot be disciplined.</source>
        <translation>%1 không phải là đảng viên vào ngày %2 nên không thể bị kỷ luật.</translation>
    </message>
    <message>
        <source>%1 cannot receive the form “%2” on %3; allowed: %4.</source>
        <translation>%1 không thể bị kỷ luật bằng hình thức “%2” vào ngày %3; các hình thức được áp dụng: %4.</translation>
    </message>
</context>
<context>
    <name>DocumentHeaders</name>
    <message>
        <source>ON BEHALF OF THE CELL</source>
        <translation>T/M CHI BỘ</translation>
    </message>
    <message>
        <source>ON BEHALF OF THE PARTY COMMITTEE</source>
        <translation>T/M ĐẢNG ỦY</translation>
    </message>
    <message>
        <source>SECRETARY</source>
        <translation>BÍ THƯ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>%1, day … month … year …</source>
        <translation>%1, ngày … tháng … năm …</translation>
    </message>
    <message>
        <source>%1, day %2 month %3 year %4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>COMMUNIST PARTY OF VIETNAM</source>
        <translation>ĐẢNG CỘNG SẢN VIỆT NAM</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>A document needs its type, its summary and its date to be numbered.</source>
        <translation>Văn bản cần có loại, trích yếu và ngày tháng mới cấp số được.</translation>
    </message>
    <message>
        <source>Numbering a document needs the name of the person who does it.</source>
        <translation>Cấp số văn bản cần có tên người cấp số.</translation>
    </message>
    <message>
        <source>%1 has no committee term recorded that includes %2, and document numbers run through a term. Record the organisation&apos;s terms, or print the document without a number.</source>
        <translation>%1 chưa có nhiệm kỳ cấp ủy nào gồm ngày %2, mà số văn bản được đánh liên tục trong một nhiệm kỳ. Hãy ghi các nhiệm kỳ của tổ chức, hoặc in văn bản để trống số.</translation>
    </message>
    <message>
        <source>This document was numbered %1 on %2; it keeps that number.</source>
        <translation>Văn bản này đã được cấp số %1 ngày %2 và giữ nguyên số đó.</translation>
    </message>
    <message>
        <source>Number %1 of the term %2 is already given to “%3” of %4.</source>
        <translation>Số %1 của nhiệm kỳ %2 đã cấp cho “%3” ngày %4.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Assessment sheet</source>
        <translation>Phiếu đánh giá</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Numbered %1: %2</source>
        <translation>Cấp số %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterDialog</name>
    <message>
        <source>Register of issued documents</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>Numbers run from 01 for each type of document through each committee term. A document printed from ChiBo keeps the number it was given; record here the documents issued by hand, so the next numbers follow them.</source>
        <translation>Số văn bản được đánh từ 01 cho từng loại văn bản, liên tục trong mỗi nhiệm kỳ cấp ủy. Văn bản in từ ChiBo giữ nguyên số đã cấp; hãy ghi vào đây các văn bản ban hành ngoài ChiBo để số tiếp theo nối tiếp đúng.</translation>
    </message>
    <message>
        <source>No document of this organisation is in the register yet.</source>
        <translation>Sổ chưa có văn bản nào của tổ chức này.</translation>
    </message>
    <message>
        <source>&amp;Record a document issued by hand…</source>
        <translation>&amp;Ghi văn bản ban hành ngoài ChiBo…</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>These margins leave no room on an A4 page.</source>
        <translation>Với lề như vậy, trang A4 không còn chỗ để in nội dung.</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>List an organisation&apos;s register of issued documents, or record a document issued by hand.</source>
        <translation>Xem sổ đăng ký văn bản đi của một tổ chức, hoặc ghi một văn bản ban hành ngoài ChiBo.</translation>
    </message>
    <message>
        <source>list --org KEY: the documents the organisation issued, numbered from 01 for each type through each committee term.
record --org KEY --type CODE --date YYYY-MM-DD --title TEXT [--number N]: records a document issued outside ChiBo (a resolution “NQ”, a plan “KH”, a report “BC” …), so that the next number ChiBo gives follows it.</source>
        <translation>list --org KEY: các văn bản tổ chức đã ban hành, số đánh từ 01 cho từng loại, liên tục trong mỗi nhiệm kỳ cấp ủy.
record --org KEY --type CODE --date YYYY-MM-DD --title TEXT [--number N]: ghi một văn bản ban hành ngoài ChiBo (nghị quyết “NQ”, kế hoạch “KH”, báo cáo “BC” …) để số ChiBo cấp tiếp theo nối tiếp đúng.</translation>
    </message>
    <message>
        <source>The organisation, by id or name.</source>
        <translation>Tổ chức, theo mã hoặc tên.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KHÓA</translation>
    </message>
    <message>
        <source>For record: the type code (BC, BB, NQ, KH, QĐ, TB …).</source>
        <translation>Với record: ký hiệu loại văn bản (BC, BB, NQ, KH, QĐ, TB …).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÝ_HIỆU</translation>
    </message>
    <message>
        <source>For record: its number (default: the next free one).</source>
        <translation>Với record: số của văn bản (mặc định: số tiếp theo còn trống).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For record: its date, yyyy-MM-dd.</source>
        <translation>Với record: ngày ban hành, yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>For record: its summary line.</source>
        <translation>Với record: trích yếu nội dung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>For record: your name (default: the user&apos;s login name).</source>
        <translation>Với record: tên của bạn (mặc định: tên đăng nhập).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>VIỆC</translation>
    </message>
    <message>
        <source>list or record.</source>
        <translation>list hoặc record.</translation>
    </message>
    <message>
        <source>documents needs --org.</source>
        <translation>documents cần --org.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use list or record.</source>
        <translation>Không có việc “%1”: dùng list hoặc record.</translation>
    </message>
    <message>
        <source>%1 has no document in its register.</source>
        <translation>Sổ văn bản của %1 chưa có văn bản nào.</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>Nhiệm kỳ %1</translation>
    </message>
    <message>
        <source>--date needs a date such as 2025-12-15.</source>
        <translation>--date cần một ngày như 2025-12-15.</translation>
    </message>
    <message>
        <source>--number needs a whole number from 1, such as 5.</source>
        <translation>--number cần một số nguyên từ 1 trở lên, như 5.</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 in the register of %3.</source>
        <translation>Đã ghi số %1 ngày %2 vào sổ văn bản của %3.</translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message>
        <source>The meeting on %1 is recorded for “%2” (%3), but only Party cells and grassroots Party committees hold these meetings.</source>
        <translation>Buổi sinh hoạt ngày %1 được ghi cho “%2” (%3), nhưng chỉ chi bộ và đảng bộ cơ sở mới tổ chức các buổi sinh hoạt này.</translation>
    </message>
    <message>
        <source>%1, the chair of the meeting of %2 on %3, is not a Party member on that day (%4).</source>
        <translation>%1, người chủ trì buổi sinh hoạt của %2 ngày %3, không phải là đảng viên vào ngày đó (%4).</translation>
    </message>
    <message>
        <source>%1, who took the minutes of the meeting of %2 on %3, is not a Party member on that day (%4).</source>
        <translation>%1, người ghi biên bản buổi sinh hoạt của %2 ngày %3, không phải là đảng viên vào ngày đó (%4).</translation>
    </message>
    <message>
        <source>%1 has an attendance row at the meeting of %2 on %3 but is not expected there (%4).</source>
        <translation>%1 có dòng điểm danh tại buổi sinh hoạt của %2 ngày %3 nhưng không thuộc diện phải dự họp (%4).</translation>
    </message>
</context>
<context>
    <name>EditContext</name>
    <message>
        <source>%1 belongs to no organisation, so only an administrator can change it.</source>
        <translation>%1 không thuộc tổ chức nào nên chỉ quản trị viên mới được thay đổi.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the classification of %2 is locked for %3.</source>
        <translation>Không thể thay đổi %1: kết quả xếp loại năm %2 đã bị khóa đối với %3.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was opened, so nothing was saved. Open it again to see what is stored now.</source>
        <translation>%1 đã được thay đổi ở nơi khác kể từ khi mở nên chưa lưu gì. Hãy mở lại để xem dữ liệu hiện đang lưu.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Records behind the value</source>
        <translation>Các bản ghi làm căn cứ tính giá trị</translation>
    </message>
    <message>
        <source>How the value was computed:</source>
        <translation>Cách tính giá trị:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Bản ghi:</translation>
    </message>
</context>
<context>
    <name>ExplainWriter</name>
    <message>
        <source>no level proposed</source>
        <translation>chưa đề xuất mức</translation>
    </message>
    <message>
        <source>not rated: %1</source>
        <translation>không xếp loại: %1</translation>
    </message>
    <message>
        <source>%1/%2 points</source>
        <translation>%1/%2 điểm</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>cần quyết định</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>points for “%1”</source>
        <translation>điểm của “%1”</translation>
    </message>
    <message>
        <source>total points</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>tham số %1</translation>
    </message>
    <message>
        <source>results of %1</source>
        <translation>kết quả của %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n trường hợp khác</numerusform>
        </translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>bản ghi: %1</translation>
    </message>
    <message>
        <source>For a decision: %1</source>
        <translation>Cần quyết định: %1</translation>
    </message>
    <message>
        <source>EXCEEDED — the committee decides which proposals to lower</source>
        <translation>VƯỢT HẠN MỨC — cấp ủy quyết định hạ mức những đề xuất nào</translation>
    </message>
    <message>
        <source>within the quota</source>
        <translation>trong hạn mức</translation>
    </message>
    <message>
        <source>%1: %2 proposed %3 against %4 at %5 — at most %6 allowed — %7</source>
        <translation>%1: %2 trường hợp được đề xuất %3 trên %4 trường hợp đạt %5 — tối đa được %6 — %7</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The organisation: its id, its name, or the start of its name.</source>
        <translation>Tổ chức: mã, tên, hoặc phần đầu của tên.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>export needs --org.</source>
        <translation>Lệnh export cần --org.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Đã xuất %1 ra %2.</translation>
    </message>
    <message>
        <source>Cells and status on this day in the tables (default: today).</source>
        <translation>Chi bộ và tình trạng ghi trong bảng được lấy theo ngày này (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <source>The dataset file to write (.json), or -.</source>
        <translation>Tệp dữ liệu cần ghi (.json), hoặc -.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[TỆP]</translation>
    </message>
    <message>
        <source>chibo-cli: export needs FILE, --xlsx FILE or --csv FILE.</source>
        <translation>chibo-cli: lệnh export cần TỆP, --xlsx TỆP hoặc --csv TỆP.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date cần một ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>Export an organisation and everything below it to a dataset file (JSON), or its members, committee grid and year-end classification to a workbook (.xlsx) or a CSV table.</source>
        <translation>Xuất một tổ chức và toàn bộ cấp dưới ra tệp dữ liệu (JSON), hoặc xuất đảng viên, bảng tổng quan các chi bộ và bảng xếp loại cuối năm ra sổ tính (.xlsx) hay bảng CSV.</translation>
    </message>
    <message>
        <source>Writes the organisation, its subordinate organisations, their members, meetings and all related records as a dataset. The same data always gives the same file. Use - as FILE for standard output. With --xlsx or --csv, writes the members of the organisation and everything below it as a table instead (the column Cell tells the cells apart); a workbook has a second sheet with their status history (exemptions, transfers, deaths…), which import-members reads back. With --year, the workbook also holds the committee grid of that year (one row per cell at or below the organisation, as the window&apos;s Committee overview) and the year-end classification (as the window&apos;s Year-end page), with their colour bands; --table chooses which table the CSV gets.</source>
        <translation>Ghi tổ chức, các tổ chức cấp dưới, đảng viên, buổi sinh hoạt và mọi hồ sơ liên quan thành một tệp dữ liệu. Cùng dữ liệu luôn cho cùng một tệp. Dùng - làm FILE để ghi ra đầu ra chuẩn. Với --xlsx hoặc --csv, thay vào đó ghi đảng viên của tổ chức và toàn bộ cấp dưới thành bảng (cột Chi bộ cho biết chi bộ nào); sổ tính có thêm trang lịch sử tình trạng (miễn sinh hoạt, chuyển sinh hoạt, từ trần…) mà import-members đọc lại được. Với --year, sổ tính có thêm bảng tổng quan các chi bộ của năm đó (mỗi chi bộ tại hoặc dưới tổ chức một dòng, như trang Tổng quan cấp ủy) và bảng xếp loại cuối năm (như trang Xếp loại cuối năm), kèm màu; --table chọn bảng ghi ra CSV.</translation>
    </message>
    <message>
        <source>Write a workbook (.xlsx) to FILE: the members and their status history, and the year&apos;s tables with --year.</source>
        <translation>Ghi sổ tính (.xlsx) vào FILE: đảng viên và lịch sử tình trạng, cùng các bảng của năm khi có --year.</translation>
    </message>
    <message>
        <source>Write one table (.csv) to FILE: the members (without their status history) unless --table says otherwise.</source>
        <translation>Ghi một bảng (.csv) vào FILE: bảng đảng viên (không có lịch sử tình trạng), trừ khi --table chọn bảng khác.</translation>
    </message>
    <message>
        <source>Add the committee grid and the year-end classification of this year.</source>
        <translation>Thêm bảng tổng quan các chi bộ và bảng xếp loại cuối năm của năm này.</translation>
    </message>
    <message>
        <source>The table --csv writes: members (default), committee or year-end.</source>
        <translation>Bảng --csv ghi ra: members (mặc định), committee hoặc year-end.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025, not “%1”.</source>
        <translation>--year cần một năm như 2025, không phải “%1”.</translation>
    </message>
    <message>
        <source>--year adds tables to --xlsx or --csv: give one of them too.</source>
        <translation>--year thêm bảng vào --xlsx hoặc --csv: hãy cho thêm một trong hai.</translation>
    </message>
    <message>
        <source>--table needs members, committee or year-end, not “%1”.</source>
        <translation>--table cần members, committee hoặc year-end, không phải “%1”.</translation>
    </message>
    <message>
        <source>--table chooses the table --csv writes: give --csv FILE too.</source>
        <translation>--table chọn bảng mà --csv ghi ra: hãy cho thêm --csv FILE.</translation>
    </message>
    <message>
        <source>--table %1 needs --year.</source>
        <translation>--table %1 cần --year.</translation>
    </message>
    <message>
        <source>--table committee: %1 has no cells at or below it.</source>
        <translation>--table committee: %1 không có chi bộ nào tại hoặc dưới nó.</translation>
    </message>
</context>
<context>
    <name>FourGoodsReport</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Không đánh giá</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>the cell model</source>
        <translation>mô hình chi bộ</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>DANH SÁCH</translation>
    </message>
    <message>
        <source>Cells recognised as “%1” in %2</source>
        <translation>Chi bộ đạt “%1” năm %2</translation>
    </message>
    <message>
        <source>No cell model is in force for %1.</source>
        <translation>Năm %1 không có mô hình chi bộ nào đang có hiệu lực.</translation>
    </message>
    <message>
        <source>I. CELLS RECOGNISED</source>
        <translation>I. CÁC CHI BỘ ĐẠT</translation>
    </message>
    <message>
        <source>No cell is recognised yet.</source>
        <translation>Chưa có chi bộ nào đạt.</translation>
    </message>
    <message>
        <source>II. EACH CELL&apos;S CRITERIA</source>
        <translation>II. KẾT QUẢ TỪNG TIÊU CHÍ CỦA CÁC CHI BỘ</translation>
    </message>
    <message>
        <source>Criteria not yet known need an entry or a decision by the committee; ChiBo does not guess them.</source>
        <translation>Tiêu chí “chưa xác định” cần được nhập hoặc do cấp ủy quyết định; ChiBo không tự suy đoán.</translation>
    </message>
    <message>
        <source>The upper Party committee</source>
        <translation>Cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>Filed at the committee&apos;s office</source>
        <translation>Lưu văn phòng đảng ủy</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Create a synthetic province of any size, for measuring.</source>
        <translation>Tạo một tỉnh giả lập với quy mô tùy chọn, để đo hiệu năng.</translation>
    </message>
    <message>
        <source>Creates a database with a synthetic province: cells of 3 to 200 members under one commune committee for every 90 cells, with their meetings, attendance, targets, dues, leave, status changes, disciplines and ratings for the years up to 2025. The same options give the same data.</source>
        <translation>Tạo cơ sở dữ liệu của một tỉnh giả lập: các chi bộ từ 3 đến 200 đảng viên, cứ 90 chi bộ thuộc một đảng bộ xã, cùng sinh hoạt, điểm danh, chỉ tiêu, đảng phí, nghỉ phép, biến động tình trạng, kỷ luật và các đánh giá của những năm đến hết 2025. Cùng tùy chọn thì cho cùng dữ liệu.</translation>
    </message>
    <message>
        <source>Number of cells (default: %1).</source>
        <translation>Số chi bộ (mặc định: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of members (default: %1).</source>
        <translation>Số đảng viên (mặc định: %1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Years of records, ending with %1 (default: %2).</source>
        <translation>Số năm có hồ sơ, kết thúc ở năm %1 (mặc định: %2).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Seed of the generator (default: %1).</source>
        <translation>Hạt giống của bộ sinh dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Replace an existing database file.</source>
        <translation>Thay tệp cơ sở dữ liệu đã có.</translation>
    </message>
    <message>
        <source>--cells, --members, --years and --seed need whole numbers.</source>
        <translation>--cells, --members, --years và --seed cần số nguyên.</translation>
    </message>
    <message>
        <source>Database created: %1</source>
        <translation>Đã tạo cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1 organisations, %2 members, %3 meetings, %4 attendance records, in %5 s.</source>
        <translation>%1 tổ chức, %2 đảng viên, %3 buổi sinh hoạt, %4 bản ghi điểm danh, trong %5 giây.</translation>
    </message>
</context>
<context>
    <name>IdResolver</name>
    <message>
        <source>Could not look up the record %1: %2</source>
        <translation>Không tra cứu được bản ghi %1: %2</translation>
    </message>
    <message>
        <source>It refers to the organisation %1, which is not in the database.</source>
        <translation>Bản ghi tham chiếu tới tổ chức %1, không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>It refers to the member %1, who is not in the database.</source>
        <translation>Bản ghi tham chiếu tới đảng viên %1, không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>It refers to the meeting %1, which is not in the database.</source>
        <translation>Bản ghi tham chiếu tới buổi sinh hoạt %1, không có trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a dataset file (JSON) into the database, all or nothing.</source>
        <translation>Nhập tệp dữ liệu (JSON) vào cơ sở dữ liệu, hoặc nhập hết hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>Reads a dataset in the format of docs/dataset-format.md, checks it, and stores every record in one transaction. If anything is wrong, the message names the place in the file and nothing is written.</source>
        <translation>Đọc tệp dữ liệu theo định dạng trong docs/dataset-format.md, kiểm tra và lưu mọi bản ghi trong một giao dịch. Nếu có sai sót, thông báo chỉ rõ vị trí trong tệp và không ghi gì cả.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The dataset file (.json).</source>
        <translation>Tệp dữ liệu (.json).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 organisations, %4 members, %5 meetings, %6 attendance records.</source>
        <translation>Đã nhập %1 vào %2: %3 tổ chức, %4 đảng viên, %5 buổi sinh hoạt, %6 lượt điểm danh.</translation>
    </message>
</context>
<context>
    <name>ImportMembersCommand</name>
    <message>
        <source>Import members from a spreadsheet (.xlsx or .csv) into a cell, all or nothing.</source>
        <translation>Nhập đảng viên từ bảng tính (.xlsx hoặc .csv) vào một chi bộ, hoặc nhập hết hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>%1: header on row %2</source>
        <translation>%1: dòng tiêu đề ở dòng %2</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>The cell: its id, its name, or the start of its name.</source>
        <translation>Chi bộ: mã, tên, hoặc phần đầu của tên.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Check everything but write nothing.</source>
        <translation>Kiểm tra toàn bộ nhưng không ghi gì.</translation>
    </message>
    <message>
        <source>The day the members join the cell (default: today).</source>
        <translation>Ngày đảng viên bắt đầu sinh hoạt tại chi bộ (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The spreadsheet (.xlsx or .csv).</source>
        <translation>Bảng tính (.xlsx hoặc .csv).</translation>
    </message>
    <message>
        <source>import-members needs --org.</source>
        <translation>Lệnh import-members cần --org.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date cần một ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n problem(s).</source>
        <translation>
            <numerusform>Không nhập gì: có %n lỗi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would be imported into %1 (dry run: nothing written).</source>
        <translation>
            <numerusform>Sẽ nhập %n đảng viên vào %1 (chạy thử: chưa ghi gì).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported into %1.</source>
        <translation>
            <numerusform>Đã nhập %n đảng viên vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: status history on sheet “%2”: %n event(s)</source>
        <translation>
            <numerusform>%1: lịch sử tình trạng ở trang “%2”: %n biến động</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n status event(s) recorded with them.</source>
        <translation>
            <numerusform>Đã ghi %n biến động tình trạng cùng các đảng viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status event(s) would be recorded with them.</source>
        <translation>
            <numerusform>Sẽ ghi %n biến động tình trạng cùng các đảng viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see above.</source>
        <translation>
            <numerusform>%n cảnh báo: xem ở trên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads members from the first sheet of a workbook or from a CSV file: the header row is found by its column names (English or Vietnamese, with or without diacritics), then every row below it is a member. Each is admitted on the ceremony date (else the decision date), recognised on the official date, and registered in the cell from the import day. A workbook&apos;s status history sheet (as export --xlsx writes it) adds each member&apos;s later status events: exemption, suspension, transfers, removal, death. If any row has a problem, nothing is written and every problem is listed with its sheet, row and column. A status the file gives without its date is a warning.</source>
        <translation>Đọc đảng viên từ trang đầu của sổ tính hoặc từ tệp CSV: dòng tiêu đề được nhận theo tên cột (tiếng Việt hoặc tiếng Anh, có dấu hay không dấu), mỗi dòng bên dưới là một đảng viên. Mỗi người được ghi kết nạp vào ngày lễ kết nạp (nếu không có thì ngày quyết định), công nhận chính thức vào ngày chính thức, và sinh hoạt tại chi bộ từ ngày nhập. Trang lịch sử tình trạng của sổ tính (như export --xlsx ghi) bổ sung các biến động sau đó: miễn sinh hoạt, đình chỉ, chuyển sinh hoạt, xóa tên, từ trần. Nếu có dòng nào lỗi thì không ghi gì và liệt kê mọi lỗi kèm trang, dòng và cột. Tình trạng ghi trong tệp mà không có ngày chỉ được cảnh báo.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Upper-level Party committee</source>
        <translation>Đảng bộ cấp trên cơ sở</translation>
    </message>
    <message>
        <source>Grassroots Party committee</source>
        <translation>Đảng bộ cơ sở</translation>
    </message>
    <message>
        <source>Grassroots Party cell</source>
        <translation>Chi bộ cơ sở</translation>
    </message>
    <message>
        <source>Subordinate Party cell</source>
        <translation>Chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Tổ đảng</translation>
    </message>
    <message>
        <source>Residential area or village</source>
        <translation>Khu dân cư, thôn, buôn</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Hospital or health station</source>
        <translation>Bệnh viện, trạm y tế</translation>
    </message>
    <message>
        <source>Armed forces</source>
        <translation>Lực lượng vũ trang</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Admitted (probationary)</source>
        <translation>Kết nạp (đảng viên dự bị)</translation>
    </message>
    <message>
        <source>Recognised as full member</source>
        <translation>Công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>Exempted from Party work and activities</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Exemption ended</source>
        <translation>Thôi miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Party activities suspended</source>
        <translation>Đình chỉ sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Suspension lifted</source>
        <translation>Hết đình chỉ sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Transferred in (official)</source>
        <translation>Chuyển sinh hoạt chính thức đến</translation>
    </message>
    <message>
        <source>Transferred out (official)</source>
        <translation>Chuyển sinh hoạt chính thức đi</translation>
    </message>
    <message>
        <source>Transferred in (temporary)</source>
        <translation>Chuyển sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <source>Transferred out (temporary)</source>
        <translation>Chuyển sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <source>Returned from temporary transfer</source>
        <translation>Trở về sau sinh hoạt tạm thời</translation>
    </message>
    <message>
        <source>Removed from the rolls</source>
        <translation>Xóa tên</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Left the Party at own request</source>
        <translation>Xin ra khỏi Đảng</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Phó bí thư</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Chi ủy viên</translation>
    </message>
    <message>
        <source>Party group leader</source>
        <translation>Tổ trưởng tổ đảng</translation>
    </message>
    <message>
        <source>Party group deputy leader</source>
        <translation>Tổ phó tổ đảng</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Thường kỳ</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Regular and thematic</source>
        <translation>Thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Bất thường</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã họp</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Đã thông qua biên bản</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Về sớm</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Ốm đau</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công tác</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>Đi vắng</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Việc gia đình</translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation>Thai sản</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>New members to admit</source>
        <translation>Kết nạp đảng viên mới</translation>
    </message>
    <message>
        <source>Candidates for the Party awareness class</source>
        <translation>Giới thiệu quần chúng học lớp nhận thức về Đảng</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Vượt chỉ tiêu</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Cell committee</source>
        <translation>Chi ủy</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Dissolution</source>
        <translation>Giải tán</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Nghỉ ốm</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>Nghỉ thai sản</translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation>Nghỉ khác</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Chưa đóng</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn</translation>
    </message>
    <message>
        <source>Social evils</source>
        <translation>Tệ nạn xã hội</translation>
    </message>
    <message>
        <source>Traffic law violation</source>
        <translation>Vi phạm luật giao thông</translation>
    </message>
    <message>
        <source>Pawning identity papers</source>
        <translation>Cầm cố giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation>Vi phạm khác</translation>
    </message>
    <message>
        <source>Not yet a member</source>
        <translation>Chưa vào Đảng</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <source>No longer a member here</source>
        <translation>Không còn sinh hoạt tại đây</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Phải dự họp</translation>
    </message>
    <message>
        <source>Not yet admitted</source>
        <translation>Chưa được kết nạp</translation>
    </message>
    <message>
        <source>Exempt from Party work and activities</source>
        <translation>Được miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Temporarily transferred elsewhere</source>
        <translation>Đang sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Registered in another cell</source>
        <translation>Sinh hoạt ở chi bộ khác</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã chuyển sinh hoạt đi</translation>
    </message>
    <message>
        <source>, exempt</source>
        <translation>, miễn sinh hoạt</translation>
    </message>
    <message>
        <source>, suspended</source>
        <translation>, đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <source>, temporarily away</source>
        <translation>, sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Cell secretary</source>
        <translation>Bí thư chi bộ</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Committee member</source>
        <comment>session role</comment>
        <translation>Ủy viên đảng ủy</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>No classification rule matched and the criteria file gives no default level.</source>
        <translation>Không có quy tắc xếp loại nào khớp và tệp tiêu chí không quy định mức mặc định.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Mở cơ sở dữ liệu &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ChiBo</source>
        <translation>&amp;Giới thiệu ChiBo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Thêm tổ chức mới…</translation>
    </message>
    <message>
        <source>&amp;Recycle bin…</source>
        <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Đảng &amp;viên</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Bảng điểm</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Committee overview</source>
        <translation>&amp;Tổng quan đảng ủy</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Year-end classification</source>
        <translation>&amp;Xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>Tiêu &amp;chí</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Import a dataset file…</source>
        <translation>&amp;Nhập tệp dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Export the selected organisation…</source>
        <translation>&amp;Xuất tổ chức đang chọn…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Xuất &amp;bảng…</translation>
    </message>
    <message>
        <source>Save the table of this page as an Excel workbook or a CSV file</source>
        <translation>Lưu bảng của trang này thành sổ tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>MeetingAssessment</name>
    <message>
        <source>There is no party cell with this id.</source>
        <translation>Không có chi bộ nào có mã này.</translation>
    </message>
    <message>
        <source>The meeting is not a meeting of %1.</source>
        <translation>Buổi sinh hoạt này không phải của %1.</translation>
    </message>
    <message>
        <source>The meeting has no date.</source>
        <translation>Buổi sinh hoạt chưa có ngày.</translation>
    </message>
    <message>
        <source>No meeting-quality criteria file applies to %1 on %2.</source>
        <translation>Không có tệp tiêu chí chất lượng sinh hoạt nào áp dụng cho %1 vào ngày %2.</translation>
    </message>
    <message>
        <source>The criteria file “%1” does not apply to this meeting.</source>
        <translation>Tệp tiêu chí “%1” không áp dụng cho buổi sinh hoạt này.</translation>
    </message>
</context>
<context>
    <name>MeetingAssessmentPanel</name>
    <message>
        <source>Self-assessment of the meeting</source>
        <translation>Tự đánh giá buổi sinh hoạt</translation>
    </message>
    <message>
        <source>The meeting-quality rules the meeting is assessed by. The rules in force come first; example forms follow.</source>
        <translation>Các tiêu chí chất lượng sinh hoạt dùng để đánh giá buổi sinh hoạt. Các tiêu chí đang có hiệu lực được xếp trước, sau đó là các mẫu ví dụ.</translation>
    </message>
</context>
<context>
    <name>MeetingAssessmentSheet</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>ASSESSMENT SHEET</source>
        <translation>PHIẾU ĐÁNH GIÁ</translation>
    </message>
    <message>
        <source>Quality of the meeting of %1 on %2</source>
        <translation>Chất lượng buổi sinh hoạt của %1 ngày %2</translation>
    </message>
    <message>
        <source>No meeting-quality form applies to this meeting.</source>
        <translation>Không có mẫu đánh giá chất lượng sinh hoạt nào áp dụng cho buổi sinh hoạt này.</translation>
    </message>
    <message>
        <source>Assessed by: %1 (%2).</source>
        <translation>Đánh giá theo: %1 (%2).</translation>
    </message>
    <message>
        <source>Total: %1 of %2 points.</source>
        <translation>Tổng cộng: %1/%2 điểm.</translation>
    </message>
    <message>
        <source>Band: awaiting the committee&apos;s decision (the rules leave it to the committee).</source>
        <translation>Mức xếp loại: chờ cấp ủy quyết định (theo quy định, việc xếp loại do cấp ủy quyết định).</translation>
    </message>
    <message>
        <source>Band: %1.</source>
        <translation>Mức xếp loại: %1.</translation>
    </message>
    <message>
        <source>Filed at the cell</source>
        <translation>Lưu chi bộ</translation>
    </message>
</context>
<context>
    <name>MeetingAttendanceWidget</name>
    <message>
        <source>Keys: 1 present, 2 late, 3 absent with reason, 4 absent without reason, Space for the next status; each moves to the next member. Type a name to find it. F2 or Enter edits the reason or the note.</source>
        <translation>Phím tắt: 1 có mặt, 2 đến muộn, 3 vắng có lý do, 4 vắng không lý do, Space để chuyển sang trạng thái tiếp theo; sau mỗi phím sẽ chuyển xuống đảng viên kế tiếp. Gõ tên để tìm đảng viên. F2 hoặc Enter để sửa lý do hoặc ghi chú.</translation>
    </message>
</context>
<context>
    <name>MeetingChangeText</name>
    <message>
        <source>Change the meeting&apos;s date</source>
        <translation>Đổi ngày sinh hoạt</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s times</source>
        <translation>Đổi giờ sinh hoạt</translation>
    </message>
    <message>
        <source>Change the kind of meeting</source>
        <translation>Đổi hình thức sinh hoạt</translation>
    </message>
    <message>
        <source>Edit the topic</source>
        <translation>Sửa chủ đề</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Sửa địa điểm</translation>
    </message>
    <message>
        <source>Choose the chair</source>
        <translation>Chọn người chủ trì</translation>
    </message>
    <message>
        <source>Choose the minute taker</source>
        <translation>Chọn người ghi biên bản</translation>
    </message>
    <message>
        <source>Change when the documents were posted</source>
        <translation>Đổi ngày đăng tài liệu</translation>
    </message>
    <message>
        <source>Change how many members spoke</source>
        <translation>Đổi số đảng viên phát biểu</translation>
    </message>
    <message>
        <source>Edit the upper-level attendees</source>
        <translation>Sửa danh sách đại biểu cấp trên dự họp</translation>
    </message>
    <message>
        <source>Edit the agenda</source>
        <translation>Sửa nội dung sinh hoạt</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Sửa biên bản</translation>
    </message>
    <message>
        <source>Edit the conclusion</source>
        <translation>Sửa kết luận</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Sửa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance of %1: %2</source>
        <translation>Điểm danh %1: %2</translation>
    </message>
    <message>
        <source>Reason for the absence of %1</source>
        <translation>Lý do vắng của %1</translation>
    </message>
    <message>
        <source>Attendance note for %1</source>
        <translation>Ghi chú điểm danh của %1</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>Mở lại buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Mark the meeting as held</source>
        <translation>Đánh dấu buổi sinh hoạt đã họp</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Thông qua biên bản</translation>
    </message>
    <message>
        <source>Lock the meeting</source>
        <translation>Khóa buổi sinh hoạt</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsWidget</name>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>The subject of a thematic meeting</source>
        <translation>Chủ đề của buổi sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>Người chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>&amp;Minute taker:</source>
        <translation>Người ghi &amp;biên bản:</translation>
    </message>
    <message>
        <source>Documents &amp;posted on:</source>
        <translation>Ngày đăng tài liệ&amp;u:</translation>
    </message>
    <message>
        <source>The day the meeting&apos;s documents were posted on the electronic Party member handbook (Sổ tay đảng viên).</source>
        <translation>Ngày đăng tài liệu của buổi sinh hoạt lên Sổ tay đảng viên điện tử.</translation>
    </message>
    <message>
        <source>Members who &amp;spoke:</source>
        <translation>Số đảng viên &amp;phát biểu:</translation>
    </message>
    <message>
        <source>&amp;Upper-level attendees:</source>
        <translation>Đại biểu cấp trên &amp;dự họp:</translation>
    </message>
    <message>
        <source>One per line: name — title</source>
        <translation>Mỗi dòng một người: họ tên — chức vụ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Nội dung sinh hoạt</translation>
    </message>
    <message>
        <source>A new agenda item; press Enter to add it</source>
        <translation>Nội dung mới; nhấn Enter để thêm</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Xuốn&amp;g</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Đánh dấu đã &amp;họp</translation>
    </message>
    <message>
        <source>The meeting took place and its attendance is taken.</source>
        <translation>Buổi sinh hoạt đã diễn ra và đã điểm danh.</translation>
    </message>
    <message>
        <source>&amp;Approve minutes</source>
        <translation>&amp;Thông qua biên bản</translation>
    </message>
    <message>
        <source>The minutes are complete and approved.</source>
        <translation>Biên bản đã hoàn chỉnh và được thông qua.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>Close the record: a locked meeting changes only by reopening it.</source>
        <translation>Khóa hồ sơ: buổi sinh hoạt đã khóa chỉ thay đổi được khi mở lại.</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>Move the meeting back one step, with a note saying why.</source>
        <translation>Đưa buổi sinh hoạt về bước trước, kèm ghi chú nêu lý do.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MeetingMinutesReport</name>
    <message>
        <source>%1 h %2</source>
        <translation>%1 giờ %2</translation>
    </message>
    <message>
        <source>Time: from %1 on %2.</source>
        <translation>Thời gian: bắt đầu lúc %1 ngày %2.</translation>
    </message>
    <message>
        <source>Date: %1.</source>
        <translation>Ngày: %1.</translation>
    </message>
    <message>
        <source>Place: %1.</source>
        <translation>Địa điểm: %1.</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>Hình thức sinh hoạt: %1.</translation>
    </message>
    <message>
        <source>Topic: %1.</source>
        <translation>Chủ đề: %1.</translation>
    </message>
    <message>
        <source>Chaired by: %1. Minutes taken by: %2.</source>
        <translation>Chủ trì: %1. Thư ký: %2.</translation>
    </message>
    <message>
        <source>Representatives of the upper committee: %1.</source>
        <translation>Đại biểu cấp ủy cấp trên: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>I. ATTENDANCE</source>
        <translation>I. THÀNH PHẦN DỰ HỌP</translation>
    </message>
    <message>
        <source>Members expected: %1; present: %2.</source>
        <translation>Số đảng viên phải dự: %1; có mặt: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation>Đi muộn: %1.</translation>
    </message>
    <message>
        <source>Absent with leave: %1.</source>
        <translation>Vắng có lý do: %1.</translation>
    </message>
    <message>
        <source>Absent without leave: %1.</source>
        <translation>Vắng không lý do: %1.</translation>
    </message>
    <message>
        <source>II. AGENDA</source>
        <translation>II. NỘI DUNG SINH HOẠT</translation>
    </message>
    <message>
        <source>III. PROCEEDINGS</source>
        <translation>III. DIỄN BIẾN BUỔI SINH HOẠT</translation>
    </message>
    <message>
        <source>(No minutes were recorded.)</source>
        <translation>(Chưa ghi biên bản.)</translation>
    </message>
    <message>
        <source>Members who spoke: %1.</source>
        <translation>Số đảng viên phát biểu: %1.</translation>
    </message>
    <message>
        <source>IV. CONCLUSION AND TARGETS</source>
        <translation>IV. KẾT LUẬN VÀ CHỈ TIÊU</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>The whole cell</source>
        <translation>Toàn chi bộ</translation>
    </message>
    <message>
        <source>The meeting ended at %1 (%2 minutes).</source>
        <translation>Buổi sinh hoạt kết thúc lúc %1 (%2 phút).</translation>
    </message>
    <message>
        <source>The minutes were read out to the cell and approved.</source>
        <translation>Biên bản đã được đọc lại trước chi bộ và được nhất trí thông qua.</translation>
    </message>
    <message>
        <source>ATTENDANCE SHEET OF THE MEETING ON %1</source>
        <translation>DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT NGÀY %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ký tên</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>BIÊN BẢN</translation>
    </message>
    <message>
        <source>Meeting of %1, %2</source>
        <translation>Sinh hoạt %1 tháng %2</translation>
    </message>
    <message>
        <source>MINUTE TAKER</source>
        <translation>THƯ KÝ</translation>
    </message>
    <message>
        <source>ON BEHALF OF THE CELL</source>
        <translation>T/M CHI BỘ</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>CHỦ TRÌ</translation>
    </message>
</context>
<context>
    <name>MeetingMinutesWidget</name>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Biên bản:</translation>
    </message>
    <message>
        <source>What was reported, who spoke and what they said, the votes.</source>
        <translation>Nội dung báo cáo, ai phát biểu và ý kiến phát biểu, kết quả biểu quyết.</translation>
    </message>
    <message>
        <source>&amp;Conclusion or resolution:</source>
        <translation>Kết luận hoặc &amp;nghị quyết:</translation>
    </message>
</context>
<context>
    <name>MeetingPlanning</name>
    <message>
        <source>%1 does not hold cell meetings; choose one of its cells.</source>
        <translation>%1 không tổ chức sinh hoạt chi bộ; hãy chọn một chi bộ trực thuộc.</translation>
    </message>
    <message>
        <source>A meeting needs its date.</source>
        <translation>Buổi sinh hoạt phải có ngày.</translation>
    </message>
    <message>
        <source>The meeting is already “%1”.</source>
        <translation>Buổi sinh hoạt đã ở trạng thái “%1”.</translation>
    </message>
    <message>
        <source>A meeting moves forward one step at a time: from “%1” it can only become “%2”.</source>
        <translation>Buổi sinh hoạt chỉ chuyển tiếp từng bước một: từ “%1” chỉ có thể chuyển sang “%2”.</translation>
    </message>
    <message>
        <source>Reopening a meeting (back to “%1”) needs a note saying why.</source>
        <translation>Mở lại buổi sinh hoạt (trở về “%1”) cần có ghi chú nêu lý do.</translation>
    </message>
    <message>
        <source>A meeting dated %1 cannot be recorded as held before that day.</source>
        <translation>Buổi sinh hoạt ngày %1 không thể được ghi là đã họp trước ngày đó.</translation>
    </message>
    <message>
        <source>Take the attendance before recording the meeting as held.</source>
        <translation>Hãy điểm danh trước khi ghi nhận buổi sinh hoạt đã họp.</translation>
    </message>
</context>
<context>
    <name>MeetingReader</name>
    <message>
        <source>Could not load the meetings: %1</source>
        <translation>Không tải được các buổi sinh hoạt: %1</translation>
    </message>
</context>
<context>
    <name>MeetingReportData</name>
    <message>
        <source>No meeting has the id %1.</source>
        <translation>Không có buổi sinh hoạt nào có mã %1.</translation>
    </message>
</context>
<context>
    <name>MeetingTargetsWidget</name>
    <message>
        <source>Targets and tasks this meeting&apos;s resolution sets</source>
        <translation>Chỉ tiêu, nhiệm vụ do nghị quyết buổi sinh hoạt này đề ra</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>&amp;Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Open targets carried forward from earlier resolutions: report how far each has come</source>
        <translation>Chỉ tiêu chưa hoàn thành chuyển tiếp từ các nghị quyết trước: báo cáo tiến độ thực hiện từng chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>MeetingWriter</name>
    <message>
        <source>Could not save the meeting of %1: %2</source>
        <translation>Không lưu được buổi sinh hoạt của %1: %2</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>New meeting &amp;on:</source>
        <translation>Ngày &amp;sinh hoạt mới:</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Tạo buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Start the meeting from the previous one: its agenda, place, times, chair and minute taker, with every expected member listed as present and the open targets carried forward.</source>
        <translation>Tạo buổi sinh hoạt dựa trên buổi trước: nội dung sinh hoạt, địa điểm, thời gian, người chủ trì và người ghi biên bản; mọi đảng viên phải dự họp được ghi là có mặt và các chỉ tiêu chưa hoàn thành được chuyển tiếp.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Thông tin cá nhân</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>Last word of the full name</source>
        <translation>Từ cuối cùng của họ và tên</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Leave at the first date when unknown</source>
        <translation>Để ở ngày đầu tiên nếu không rõ</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>Re&amp;ligion:</source>
        <translation>Tôn giá&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Hometown:</source>
        <translation>&amp;Quê quán:</translation>
    </message>
    <message>
        <source>&amp;Citizen ID:</source>
        <translation>Số &amp;căn cước:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>Party &amp;card number:</source>
        <translation>Số thẻ đảng &amp;viên:</translation>
    </message>
    <message>
        <source>Admission &amp;decision:</source>
        <translation>Ngày quyết định &amp;kết nạp:</translation>
    </message>
    <message>
        <source>Date of the decision to admit; party age counts from it</source>
        <translation>Ngày ra quyết định kết nạp; tuổi đảng tính từ ngày này</translation>
    </message>
    <message>
        <source>Admission ce&amp;remony:</source>
        <translation>Ngày &amp;lễ kết nạp:</translation>
    </message>
    <message>
        <source>Probation runs 12 months from the ceremony</source>
        <translation>Thời gian dự bị là 12 tháng kể từ ngày lễ kết nạp</translation>
    </message>
    <message>
        <source>Full member &amp;since:</source>
        <translation>Chính thức từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>Date of recognition as a full member</source>
        <translation>Ngày được công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>&amp;Works in the political system</source>
        <translation>Công tác trong hệ thống chính t&amp;rị</translation>
    </message>
    <message>
        <source>Decides the self-review form at the year end</source>
        <translation>Căn cứ để xác định mẫu bản tự kiểm điểm cuối năm</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation>&amp;Lịch sử tình trạng</translation>
    </message>
    <message>
        <source>C&amp;ells</source>
        <translation>&amp;Chi bộ</translation>
    </message>
    <message>
        <source>P&amp;ositions</source>
        <translation>Chức &amp;vụ</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>&amp;Kỷ luật</translation>
    </message>
    <message>
        <source>Lea&amp;ve</source>
        <translation>&amp;Nghỉ</translation>
    </message>
    <message>
        <source>D&amp;ues</source>
        <translation>Đảng p&amp;hí</translation>
    </message>
    <message>
        <source>Assign&amp;ments</source>
        <translation>&amp;Phân công</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Home town</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Admission decision date</source>
        <translation>Ngày quyết định kết nạp</translation>
    </message>
    <message>
        <source>Admission ceremony date</source>
        <translation>Ngày kết nạp</translation>
    </message>
    <message>
        <source>Official member date</source>
        <translation>Ngày công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>Works in the political system</source>
        <translation>Làm việc trong hệ thống chính trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>%1 is read from more than one column (%2); choose one.</source>
        <translation>%1 được đọc từ nhiều cột (%2); hãy chọn một cột.</translation>
    </message>
    <message>
        <source>No column is read as %1; it is required.</source>
        <translation>Không có cột nào được ghép với %1; trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Members are imported into a Party cell; %1 is not one.</source>
        <translation>Đảng viên chỉ được nhập vào một chi bộ; %1 không phải là chi bộ.</translation>
    </message>
    <message>
        <source>No header row found: expected a row with a “%1” column and at least one of %2 (in English or Vietnamese, with or without diacritics).</source>
        <translation>Không tìm thấy dòng tiêu đề: cần một dòng có cột “%1” và ít nhất một trong các cột %2 (tiếng Anh hoặc tiếng Việt, có dấu hoặc không dấu).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to correct first.</source>
        <translation>
            <numerusform>Chưa nhập gì: cần sửa %n lỗi trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from %1</source>
        <translation>
            <numerusform>Nhập %n đảng viên từ %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImportChecks</name>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>“%1” is also on row %2</source>
        <translation>“%1” cũng có ở dòng %2</translation>
    </message>
    <message>
        <source>“%1” already belongs to %2 in the database</source>
        <translation>“%1” đã thuộc về %2 trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the status “%1” cannot be re-created without its date; import the workbook with its status history, or record it after import</source>
        <translation>không ghi lại được tình trạng “%1” vì không có ngày; hãy nhập sổ tính kèm lịch sử tình trạng, hoặc ghi biến động sau khi nhập</translation>
    </message>
    <message>
        <source>%1, born %2,</source>
        <translation>%1, sinh ngày %2,</translation>
    </message>
    <message>
        <source>%1 is also on row %2</source>
        <translation>%1 cũng có ở dòng %2</translation>
    </message>
    <message>
        <source>%1 is already in the database</source>
        <translation>%1 đã có trong cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import members from a spreadsheet</source>
        <translation>Nhập đảng viên từ bảng tính</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>The row of the file that names the columns; the members are the rows below it</source>
        <translation>Dòng trong tệp ghi tên các cột; các dòng bên dưới là đảng viên</translation>
    </message>
    <message>
        <source>Into the cell:</source>
        <translation>Vào chi bộ:</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Các cột của tệp và trường tương ứng</translation>
    </message>
    <message>
        <source>Members to be created</source>
        <translation>Đảng viên sẽ được tạo</translation>
    </message>
</context>
<context>
    <name>MemberReader</name>
    <message>
        <source>Could not load the members: %1</source>
        <translation>Không tải được danh sách đảng viên: %1</translation>
    </message>
</context>
<context>
    <name>MemberRecordChecks</name>
    <message>
        <source>The admission ceremony (%1) is dated before the admission decision (%2).</source>
        <translation>Ngày lễ kết nạp (%1) trước ngày quyết định kết nạp (%2).</translation>
    </message>
    <message>
        <source>The member became a full member (%1) before the admission ceremony (%2).</source>
        <translation>Ngày công nhận đảng viên chính thức (%1) trước ngày lễ kết nạp (%2).</translation>
    </message>
    <message>
        <source>The member became a full member on %1, before the 12 months of probation ended on %2.</source>
        <translation>Đảng viên được công nhận chính thức ngày %1, trước khi hết 12 tháng dự bị vào ngày %2.</translation>
    </message>
    <message>
        <source>The member was admitted on %1, before turning 18 (born %2).</source>
        <translation>Đảng viên được kết nạp ngày %1, khi chưa đủ 18 tuổi (sinh ngày %2).</translation>
    </message>
    <message>
        <source>The status history has the admission on %1, the personal data has the ceremony on %2.</source>
        <translation>Lịch sử tình trạng ghi kết nạp ngày %1, còn thông tin cá nhân ghi lễ kết nạp ngày %2.</translation>
    </message>
    <message>
        <source>The personal data has the admission ceremony on %1, but the status history has no admission, so the member is not counted as one.</source>
        <translation>Thông tin cá nhân ghi lễ kết nạp ngày %1 nhưng lịch sử tình trạng không có sự kiện kết nạp, nên người này chưa được tính là đảng viên.</translation>
    </message>
    <message>
        <source>The status history has the recognition as a full member on %1, the personal data has %2.</source>
        <translation>Lịch sử tình trạng ghi công nhận đảng viên chính thức ngày %1, còn thông tin cá nhân ghi ngày %2.</translation>
    </message>
    <message>
        <source>The 12 months of probation ended on %1 and the member has been neither recognised as a full member nor removed.</source>
        <translation>Thời gian dự bị 12 tháng đã hết vào ngày %1 nhưng đảng viên chưa được công nhận chính thức, cũng chưa bị xóa tên.</translation>
    </message>
    <message>
        <source>A position held from %1 ends before it starts (%2).</source>
        <translation>Một chức vụ giữ từ ngày %1 có ngày kết thúc trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>A leave from %1 ends before it starts (%2).</source>
        <translation>Một đợt nghỉ từ ngày %1 có ngày kết thúc trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>An assignment from %1 ends before it starts (%2).</source>
        <translation>Một phân công từ ngày %1 có ngày kết thúc trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Hãy nhập họ và tên đảng viên.</translation>
    </message>
    <message>
        <source>Register the member in a cell on the Cells tab.</source>
        <translation>Hãy ghi đảng viên sinh hoạt tại một chi bộ ở thẻ Chi bộ.</translation>
    </message>
    <message>
        <source>Every cell registration needs a cell and a start date.</source>
        <translation>Mỗi đợt sinh hoạt tại chi bộ phải có chi bộ và ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Every position needs an organisation and a start date.</source>
        <translation>Mỗi chức vụ phải có tổ chức và ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Every line of party dues needs a month.</source>
        <translation>Mỗi dòng đảng phí phải có tháng.</translation>
    </message>
    <message>
        <source>Party dues for %1 are entered twice.</source>
        <translation>Đảng phí tháng %1 được nhập hai lần.</translation>
    </message>
</context>
<context>
    <name>MemberRecordSaver</name>
    <message>
        <source>Edit %1</source>
        <translation>Sửa hồ sơ %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm đảng viên %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Lưu %1</translation>
    </message>
    <message>
        <source>Save a discipline of %1</source>
        <translation>Lưu kỷ luật của %1</translation>
    </message>
    <message>
        <source>Save a leave of %1</source>
        <translation>Lưu đợt nghỉ của %1</translation>
    </message>
    <message>
        <source>Save party dues of %1</source>
        <translation>Lưu đảng phí của %1</translation>
    </message>
    <message>
        <source>Save an assignment of %1</source>
        <translation>Lưu phân công của %1</translation>
    </message>
</context>
<context>
    <name>MemberRecordSteps</name>
    <message>
        <source>The member %1</source>
        <translation>Đảng viên %1</translation>
    </message>
    <message>
        <source>A change of a record must keep the record&apos;s id.</source>
        <translation>Khi sửa một bản ghi phải giữ nguyên mã của bản ghi đó.</translation>
    </message>
    <message>
        <source>The rated subject %1 is no member, organisation or meeting in the database.</source>
        <translation>Đối tượng được chấm điểm %1 không phải là đảng viên, tổ chức hay buổi sinh hoạt nào trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2 is locked; reopen it first.</source>
        <translation>Không thể thay đổi %1: %2 đã bị khóa; hãy mở lại trước.</translation>
    </message>
    <message>
        <source>A change of a dues record must keep its member and month; remove it and enter another.</source>
        <translation>Khi sửa bản ghi đảng phí phải giữ nguyên đảng viên và tháng; hãy xóa bản ghi này rồi nhập bản ghi khác.</translation>
    </message>
    <message>
        <source>A change of a rating must keep its id, criteria, indicator, subject and period.</source>
        <translation>Khi sửa bản ghi chấm điểm phải giữ nguyên mã, bộ tiêu chí, chỉ số, đối tượng và kỳ.</translation>
    </message>
</context>
<context>
    <name>MemberRecords</name>
    <message>
        <source>The member is no longer in the database; someone may have deleted them.</source>
        <translation>Đảng viên này không còn trong cơ sở dữ liệu; có thể ai đó đã xóa.</translation>
    </message>
</context>
<context>
    <name>MemberRowReader</name>
    <message>
        <source>row %1, column %2 (%3)</source>
        <translation>dòng %1, cột %2 (%3)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (dd/mm/yyyy)</source>
        <translation>“%1” không phải là ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>“%1” is not a sex: write Nam (male) or Nữ (female)</source>
        <translation>“%1” không phải là giới tính: hãy ghi Nam hoặc Nữ</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no: write Có or Không</source>
        <translation>“%1” không phải Có hoặc Không: hãy ghi Có hoặc Không</translation>
    </message>
    <message>
        <source>the full name is empty</source>
        <translation>họ và tên đang để trống</translation>
    </message>
    <message>
        <source>the sex is empty: write Nam (male) or Nữ (female)</source>
        <translation>giới tính đang để trống: hãy ghi Nam hoặc Nữ</translation>
    </message>
    <message>
        <source>%1 is in the future (after %2)</source>
        <translation>%1 là ngày trong tương lai (sau ngày %2)</translation>
    </message>
    <message>
        <source>the admission ceremony (%1) is before the admission decision (%2)</source>
        <translation>ngày kết nạp (%1) trước ngày quyết định kết nạp (%2)</translation>
    </message>
    <message>
        <source>the official member date (%1) is before the admission ceremony (%2)</source>
        <translation>ngày công nhận đảng viên chính thức (%1) trước ngày kết nạp (%2)</translation>
    </message>
    <message>
        <source>the official member date (%1) is before the admission decision (%2)</source>
        <translation>ngày công nhận đảng viên chính thức (%1) trước ngày quyết định kết nạp (%2)</translation>
    </message>
    <message>
        <source>an official member date needs the admission ceremony or decision date</source>
        <translation>có ngày công nhận đảng viên chính thức thì phải có ngày kết nạp hoặc ngày quyết định kết nạp</translation>
    </message>
</context>
<context>
    <name>MemberSheet</name>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>Không có tổ chức nào có mã %1.</translation>
    </message>
    <message>
        <source>%1 — members on %2</source>
        <translation>%1 — danh sách đảng viên ngày %2</translation>
    </message>
    <message>
        <source>%1 — status history of the members</source>
        <translation>%1 — lịch sử tình trạng của đảng viên</translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>%1 is recognised as a full member on %2 without being probationary before.</source>
        <translation>%1 được công nhận đảng viên chính thức ngày %2 mà trước đó không phải đảng viên dự bị.</translation>
    </message>
    <message>
        <source>%1 is admitted on %2 while already a member.</source>
        <translation>%1 được kết nạp ngày %2 trong khi đã là đảng viên.</translation>
    </message>
    <message>
        <source>%1 has a cell registration that ends before it starts (%2).</source>
        <translation>%1 có một đợt sinh hoạt chi bộ kết thúc trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>%1 has two %2 cell registrations that overlap (from %3 and from %4).</source>
        <translation>%1 có hai đợt sinh hoạt %2 chồng lên nhau (từ %3 và từ %4).</translation>
    </message>
    <message>
        <source>official</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>tạm thời</translation>
    </message>
</context>
<context>
    <name>MemberWriter</name>
    <message>
        <source>Could not save member %1: %2</source>
        <translation>Không lưu được đảng viên %1: %2</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>List an organisation&apos;s members, sorted by given name; search ignores accents.</source>
        <translation>Liệt kê đảng viên của một tổ chức, xếp theo tên; tìm kiếm không phân biệt dấu.</translation>
    </message>
    <message>
        <source>The organisation: its id, its name, or the start of its name.</source>
        <translation>Tổ chức: mã, tên, hoặc phần đầu của tên.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Only members whose name contains these words (accents and đ ignored).</source>
        <translation>Chỉ những đảng viên có tên chứa các từ này (không phân biệt dấu và đ).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>CHỮ</translation>
    </message>
    <message>
        <source>Status on this day (default: today).</source>
        <translation>Tình trạng vào ngày này (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date cần một ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n đảng viên.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>Chưa chọn tổ chức</translation>
    </message>
    <message>
        <source>Search by name (accents optional)…</source>
        <translation>Tìm theo tên (có thể gõ không dấu)…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>C&amp;ell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
        <source>Add a member to the organisation (Ctrl+N)</source>
        <translation>Thêm đảng viên vào tổ chức (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Sửa đảng viên…</translation>
    </message>
    <message>
        <source>Open the selected member&apos;s record (Enter)</source>
        <translation>Mở hồ sơ của đảng viên đang chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>&amp;Xóa đảng viên</translation>
    </message>
    <message>
        <source>Move the selected member to the recycle bin (Del)</source>
        <translation>Chuyển đảng viên đang chọn vào thùng rác (Del)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>T&amp;hùng rác…</translation>
    </message>
    <message>
        <source>Restore deleted records of this organisation</source>
        <translation>Khôi phục các bản ghi đã xóa của tổ chức này</translation>
    </message>
    <message>
        <source>&amp;Import members from a spreadsheet…</source>
        <translation>&amp;Nhập đảng viên từ bảng tính…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Add the members listed in an Excel or CSV file to the selected cell</source>
        <translation>Thêm các đảng viên có trong tệp Excel hoặc CSV vào chi bộ đang chọn</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Minutes from the start to the end of the meeting.</source>
        <translation>Số phút từ lúc bắt đầu đến lúc kết thúc buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>The minimum length in minutes that applies to the meeting.</source>
        <translation>Thời lượng tối thiểu (tính bằng phút) áp dụng cho buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Minutes the meeting fell short of the required length (0 when long enough).</source>
        <translation>Số phút buổi sinh hoạt còn thiếu so với thời lượng quy định (bằng 0 nếu đủ thời lượng).</translation>
    </message>
    <message>
        <source>Whether the meeting is a regular meeting.</source>
        <translation>Buổi sinh hoạt có phải là sinh hoạt thường kỳ hay không.</translation>
    </message>
    <message>
        <source>Whether the meeting is a thematic meeting.</source>
        <translation>Buổi sinh hoạt có phải là sinh hoạt chuyên đề hay không.</translation>
    </message>
    <message>
        <source>Whether the meeting combines a regular and a thematic session.</source>
        <translation>Buổi sinh hoạt có kết hợp sinh hoạt thường kỳ với sinh hoạt chuyên đề hay không.</translation>
    </message>
    <message>
        <source>Members officially registered at the cell on the meeting&apos;s date.</source>
        <translation>Số đảng viên sinh hoạt chính thức tại chi bộ vào ngày họp.</translation>
    </message>
    <message>
        <source>Members expected at the meeting.</source>
        <translation>Số đảng viên phải dự họp.</translation>
    </message>
    <message>
        <source>Expected members who attended the meeting.</source>
        <translation>Số đảng viên thuộc diện phải dự họp đã dự họp.</translation>
    </message>
    <message>
        <source>Members who arrived late.</source>
        <translation>Số đảng viên đến muộn.</translation>
    </message>
    <message>
        <source>Absences with a valid reason.</source>
        <translation>Số lượt vắng có lý do.</translation>
    </message>
    <message>
        <source>Absences without a valid reason.</source>
        <translation>Số lượt vắng không lý do.</translation>
    </message>
    <message>
        <source>Share of the expected members who attended.</source>
        <translation>Tỷ lệ đảng viên dự họp trên số đảng viên phải dự họp.</translation>
    </message>
    <message>
        <source>Members whose run of consecutive excused absences this year is longer than the limit.</source>
        <translation>Số đảng viên có số lần vắng có lý do liên tiếp trong năm nay vượt quá giới hạn.</translation>
    </message>
    <message>
        <source>Members who spoke at the meeting.</source>
        <translation>Số đảng viên phát biểu tại buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Share of the attending members who spoke.</source>
        <translation>Tỷ lệ đảng viên phát biểu trên số đảng viên dự họp.</translation>
    </message>
    <message>
        <source>Days between the posting of the documents and the meeting.</source>
        <translation>Số ngày từ khi đăng tài liệu đến buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Whether the minutes were recorded.</source>
        <translation>Buổi sinh hoạt có ghi biên bản hay không.</translation>
    </message>
    <message>
        <source>Whether a conclusion or resolution was recorded.</source>
        <translation>Có ghi kết luận hoặc nghị quyết hay không.</translation>
    </message>
    <message>
        <source>Whether the minutes were approved.</source>
        <translation>Biên bản đã được thông qua hay chưa.</translation>
    </message>
    <message>
        <source>Members of the upper committee who were present.</source>
        <translation>Số cấp ủy viên cấp trên dự buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Targets set by the meeting&apos;s resolution.</source>
        <translation>Số chỉ tiêu do nghị quyết của buổi sinh hoạt đề ra.</translation>
    </message>
    <message>
        <source>Share of the previous meeting&apos;s targets due by now that were met.</source>
        <translation>Tỷ lệ đạt của các chỉ tiêu do buổi sinh hoạt kỳ trước đề ra đã đến hạn tính đến nay.</translation>
    </message>
    <message>
        <source>Months of the period that have ended and in which the organisation existed.</source>
        <translation>Số tháng của kỳ đã kết thúc và tổ chức đã tồn tại trong tháng đó.</translation>
    </message>
    <message>
        <source>Quarters of the period that have ended and in which the organisation existed.</source>
        <translation>Số quý của kỳ đã kết thúc và tổ chức đã tồn tại trong quý đó.</translation>
    </message>
    <message>
        <source>Meetings held in the period.</source>
        <translation>Số buổi sinh hoạt đã tổ chức trong kỳ.</translation>
    </message>
    <message>
        <source>Elapsed months with a held meeting.</source>
        <translation>Số tháng đã qua có tổ chức sinh hoạt.</translation>
    </message>
    <message>
        <source>Elapsed months without a held meeting.</source>
        <translation>Số tháng đã qua không tổ chức sinh hoạt.</translation>
    </message>
    <message>
        <source>Elapsed quarters with a held meeting.</source>
        <translation>Số quý đã qua có tổ chức sinh hoạt.</translation>
    </message>
    <message>
        <source>Elapsed quarters without a held meeting.</source>
        <translation>Số quý đã qua không tổ chức sinh hoạt.</translation>
    </message>
    <message>
        <source>Held meetings shorter than required.</source>
        <translation>Số buổi sinh hoạt đã tổ chức có thời lượng ngắn hơn quy định.</translation>
    </message>
    <message>
        <source>Share of the expected members who attended, over all held meetings.</source>
        <translation>Tỷ lệ đảng viên dự họp trên số đảng viên phải dự họp, tính trên tất cả các buổi sinh hoạt đã tổ chức.</translation>
    </message>
    <message>
        <source>Absences without a valid reason in the period.</source>
        <translation>Số lượt vắng không lý do trong kỳ.</translation>
    </message>
    <message>
        <source>Members with a run of consecutive excused absences longer than the limit.</source>
        <translation>Số đảng viên có số lần vắng có lý do liên tiếp vượt quá giới hạn.</translation>
    </message>
    <message>
        <source>Share of the held meetings whose documents were posted in time.</source>
        <translation>Tỷ lệ buổi sinh hoạt đã tổ chức có tài liệu được đăng đúng hạn.</translation>
    </message>
    <message>
        <source>Share of the held meetings with minutes.</source>
        <translation>Tỷ lệ buổi sinh hoạt đã tổ chức có biên bản.</translation>
    </message>
    <message>
        <source>Members registered at the organisation or below it.</source>
        <translation>Số đảng viên sinh hoạt tại tổ chức hoặc các tổ chức cấp dưới.</translation>
    </message>
    <message>
        <source>Full (not probationary) members registered at the organisation or below it.</source>
        <translation>Số đảng viên chính thức (không tính đảng viên dự bị) sinh hoạt tại tổ chức hoặc các tổ chức cấp dưới.</translation>
    </message>
    <message>
        <source>The organisation&apos;s targets due in the period.</source>
        <translation>Số chỉ tiêu của tổ chức đến hạn trong kỳ.</translation>
    </message>
    <message>
        <source>The organisation&apos;s targets met.</source>
        <translation>Số chỉ tiêu của tổ chức đã đạt.</translation>
    </message>
    <message>
        <source>The organisation&apos;s targets exceeded.</source>
        <translation>Số chỉ tiêu của tổ chức đã vượt.</translation>
    </message>
    <message>
        <source>The organisation&apos;s targets missed.</source>
        <translation>Số chỉ tiêu của tổ chức không đạt.</translation>
    </message>
    <message>
        <source>Share of the organisation&apos;s targets that were met.</source>
        <translation>Tỷ lệ chỉ tiêu của tổ chức đã đạt.</translation>
    </message>
    <message>
        <source>Share of the organisation&apos;s targets that were exceeded.</source>
        <translation>Tỷ lệ chỉ tiêu của tổ chức đã vượt.</translation>
    </message>
    <message>
        <source>Sum of the planned values of the organisation&apos;s targets.</source>
        <translation>Tổng giá trị kế hoạch của các chỉ tiêu của tổ chức.</translation>
    </message>
    <message>
        <source>Sum of the actual values of the organisation&apos;s targets.</source>
        <translation>Tổng giá trị thực hiện của các chỉ tiêu của tổ chức.</translation>
    </message>
    <message>
        <source>Members admitted in the period into the organisation or below it.</source>
        <translation>Số đảng viên được kết nạp trong kỳ vào tổ chức hoặc các tổ chức cấp dưới.</translation>
    </message>
    <message>
        <source>Admissions as a share of the planned admissions.</source>
        <translation>Tỷ lệ số đảng viên được kết nạp so với kế hoạch kết nạp.</translation>
    </message>
    <message>
        <source>Distinct members disciplined in the period.</source>
        <translation>Số đảng viên bị kỷ luật trong kỳ (mỗi người chỉ tính một lần).</translation>
    </message>
    <message>
        <source>Distinct members disciplined, leaving out self-discovered and remedied cases.</source>
        <translation>Số đảng viên bị kỷ luật (mỗi người chỉ tính một lần), không tính các trường hợp tự phát hiện và đã khắc phục.</translation>
    </message>
    <message>
        <source>Whether the organisation or its committee was disciplined.</source>
        <translation>Tổ chức hoặc cấp ủy của tổ chức có bị kỷ luật hay không.</translation>
    </message>
    <message>
        <source>Members holding a post in the organisation who were disciplined.</source>
        <translation>Số đảng viên giữ chức vụ trong tổ chức bị kỷ luật.</translation>
    </message>
    <message>
        <source>Direct subordinate organisations.</source>
        <translation>Số tổ chức cấp dưới trực tiếp.</translation>
    </message>
    <message>
        <source>Direct subordinate organisations with a discipline.</source>
        <translation>Số tổ chức cấp dưới trực tiếp có kỷ luật.</translation>
    </message>
    <message>
        <source>Share of the direct subordinate organisations with a discipline.</source>
        <translation>Tỷ lệ tổ chức cấp dưới trực tiếp có kỷ luật.</translation>
    </message>
    <message>
        <source>Violations by members of the organisation or below it.</source>
        <translation>Số vi phạm của đảng viên thuộc tổ chức hoặc các tổ chức cấp dưới.</translation>
    </message>
    <message>
        <source>Distinct members with violations.</source>
        <translation>Số đảng viên có vi phạm (mỗi người chỉ tính một lần).</translation>
    </message>
    <message>
        <source>Members inactive for at least the given number of months.</source>
        <translation>Số đảng viên bỏ sinh hoạt đảng từ số tháng quy định trở lên.</translation>
    </message>
    <message>
        <source>Members with at least the given number of months of unpaid dues.</source>
        <translation>Số đảng viên chưa đóng đảng phí từ số tháng quy định trở lên.</translation>
    </message>
    <message>
        <source>Commendations of the organisation.</source>
        <translation>Số lần khen thưởng của tổ chức.</translation>
    </message>
    <message>
        <source>Whole months since the admission ceremony.</source>
        <translation>Số tháng tròn kể từ lễ kết nạp.</translation>
    </message>
    <message>
        <source>Whether the member is probationary.</source>
        <translation>Đảng viên có phải là đảng viên dự bị hay không.</translation>
    </message>
    <message>
        <source>Whether the member is exempt from party activities.</source>
        <translation>Đảng viên có được miễn công tác và sinh hoạt đảng hay không.</translation>
    </message>
    <message>
        <source>Whether the member is suspended.</source>
        <translation>Đảng viên có bị đình chỉ sinh hoạt đảng hay không.</translation>
    </message>
    <message>
        <source>Whether the member is temporarily away.</source>
        <translation>Đảng viên có đang sinh hoạt tạm thời nơi khác hay không.</translation>
    </message>
    <message>
        <source>Whether the member holds a position.</source>
        <translation>Đảng viên có giữ chức vụ hay không.</translation>
    </message>
    <message>
        <source>Whether the member works in the political system.</source>
        <translation>Đảng viên có công tác trong hệ thống chính trị hay không.</translation>
    </message>
    <message>
        <source>Meetings the member was expected at.</source>
        <translation>Số buổi sinh hoạt đảng viên phải dự.</translation>
    </message>
    <message>
        <source>Meetings the member attended.</source>
        <translation>Số buổi sinh hoạt đảng viên đã dự.</translation>
    </message>
    <message>
        <source>Share of the expected meetings the member attended.</source>
        <translation>Tỷ lệ buổi sinh hoạt đảng viên đã dự trên số buổi phải dự.</translation>
    </message>
    <message>
        <source>The member&apos;s absences with a valid reason.</source>
        <translation>Số lần vắng có lý do của đảng viên.</translation>
    </message>
    <message>
        <source>The member&apos;s absences without a valid reason.</source>
        <translation>Số lần vắng không lý do của đảng viên.</translation>
    </message>
    <message>
        <source>The member&apos;s longest run of consecutive excused absences.</source>
        <translation>Số lần vắng có lý do liên tiếp dài nhất của đảng viên.</translation>
    </message>
    <message>
        <source>Months in which the member missed every meeting without a valid reason.</source>
        <translation>Số tháng đảng viên vắng không lý do tất cả các buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Months whose dues are recorded unpaid.</source>
        <translation>Số tháng được ghi là chưa đóng đảng phí.</translation>
    </message>
    <message>
        <source>Days of sick leave in the period.</source>
        <translation>Số ngày nghỉ ốm trong kỳ.</translation>
    </message>
    <message>
        <source>Days of maternity leave in the period.</source>
        <translation>Số ngày nghỉ thai sản trong kỳ.</translation>
    </message>
    <message>
        <source>Disciplines decided in the period.</source>
        <translation>Số lần bị kỷ luật được quyết định trong kỳ.</translation>
    </message>
    <message>
        <source>Disciplines in the period, leaving out self-discovered and remedied cases.</source>
        <translation>Số lần bị kỷ luật trong kỳ, không tính các trường hợp tự phát hiện và đã khắc phục.</translation>
    </message>
    <message>
        <source>Targets the member owns that are due in the period.</source>
        <translation>Số chỉ tiêu do đảng viên phụ trách đến hạn trong kỳ.</translation>
    </message>
    <message>
        <source>The member&apos;s targets met.</source>
        <translation>Số chỉ tiêu của đảng viên đã đạt.</translation>
    </message>
    <message>
        <source>The member&apos;s targets exceeded.</source>
        <translation>Số chỉ tiêu của đảng viên đã vượt.</translation>
    </message>
    <message>
        <source>The member&apos;s targets missed.</source>
        <translation>Số chỉ tiêu của đảng viên không đạt.</translation>
    </message>
    <message>
        <source>Share of the member&apos;s targets that were met.</source>
        <translation>Tỷ lệ chỉ tiêu của đảng viên đã đạt.</translation>
    </message>
    <message>
        <source>Share of the member&apos;s targets that were exceeded.</source>
        <translation>Tỷ lệ chỉ tiêu của đảng viên đã vượt.</translation>
    </message>
    <message>
        <source>The member&apos;s violations in the period.</source>
        <translation>Số vi phạm của đảng viên trong kỳ.</translation>
    </message>
    <message>
        <source>The member&apos;s commendations in the period.</source>
        <translation>Số lần khen thưởng của đảng viên trong kỳ.</translation>
    </message>
    <message>
        <source>Whether the member is still probationary twelve months after the ceremony.</source>
        <translation>Đảng viên có còn là đảng viên dự bị sau mười hai tháng kể từ lễ kết nạp hay không.</translation>
    </message>
    <message>
        <source>Working days since the end of the probation.</source>
        <translation>Số ngày làm việc kể từ khi hết thời gian dự bị.</translation>
    </message>
    <message>
        <source>Whether the recorded official date differs from the ceremony plus twelve months.</source>
        <translation>Ngày công nhận đảng viên chính thức được ghi có khác với ngày lễ kết nạp cộng mười hai tháng hay không.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>create the tables</source>
        <translation>tạo các bảng</translation>
    </message>
    <message>
        <source>add the folded search key of member names</source>
        <translation>thêm khóa tìm kiếm không dấu cho tên đảng viên</translation>
    </message>
    <message>
        <source>Could not create the tables: %1</source>
        <translation>Không tạo được các bảng: %1</translation>
    </message>
    <message>
        <source>Could not add the member search key: %1</source>
        <translation>Không thêm được khóa tìm kiếm đảng viên: %1</translation>
    </message>
    <message>
        <source>add ratings, score results and classification decisions</source>
        <translation>thêm bản ghi chấm điểm, kết quả chấm điểm và quyết định xếp loại</translation>
    </message>
    <message>
        <source>Could not add the tables of ratings and results: %1</source>
        <translation>Không thêm được các bảng bản ghi chấm điểm và kết quả: %1</translation>
    </message>
    <message>
        <source>add the recycle bin and locked years</source>
        <translation>thêm thùng rác và các năm đã khóa</translation>
    </message>
    <message>
        <source>Could not add the recycle bin and the locked years: %1</source>
        <translation>Không thêm được thùng rác và các năm đã khóa: %1</translation>
    </message>
    <message>
        <source>add the register of issued documents</source>
        <translation>thêm sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>Could not add the register of issued documents: %1</source>
        <translation>Không thêm được sổ đăng ký văn bản đi: %1</translation>
    </message>
    <message>
        <source>add accounts and the audit trail</source>
        <translation>thêm tài khoản và nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Could not add the accounts and the audit trail: %1</source>
        <translation>Không thêm được tài khoản và nhật ký thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Could not upgrade the database to schema version %1 (%2): %3</source>
        <translation>Không nâng cấp được cơ sở dữ liệu lên lược đồ phiên bản %1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Không đọc được phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <source>The database holds tables but no ChiBo schema version; it was not created by ChiBo.</source>
        <translation>Cơ sở dữ liệu có bảng nhưng không có phiên bản lược đồ ChiBo; tệp này không do ChiBo tạo ra.</translation>
    </message>
</context>
<context>
    <name>OrgSnapshot</name>
    <message>
        <source>There is no organisation %1 in the database.</source>
        <translation>Không có tổ chức %1 trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>OrganisationReader</name>
    <message>
        <source>Could not load the organisations: %1</source>
        <translation>Không tải được danh sách tổ chức: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationSetup</name>
    <message>
        <source>Name of the organisation: required.</source>
        <translation>Tên tổ chức: bắt buộc.</translation>
    </message>
    <message>
        <source>Kind: a grassroots committee or a grassroots cell.</source>
        <translation>Loại: phải là đảng bộ cơ sở hoặc chi bộ cơ sở.</translation>
    </message>
    <message>
        <source>Cells: a grassroots cell has no cells under it.</source>
        <translation>Chi bộ: chi bộ cơ sở không có chi bộ trực thuộc.</translation>
    </message>
    <message>
        <source>Cell %1: the name is required.</source>
        <translation>Chi bộ %1: phải có tên.</translation>
    </message>
    <message>
        <source>Cell %1: &quot;%2&quot; is listed twice.</source>
        <translation>Chi bộ %1: &quot;%2&quot; được liệt kê hai lần.</translation>
    </message>
</context>
<context>
    <name>OrganisationWriter</name>
    <message>
        <source>Could not save organisation %1: %2</source>
        <translation>Không lưu được tổ chức %1: %2</translation>
    </message>
</context>
<context>
    <name>OrgsCommand</name>
    <message>
        <source>List the organisation tree with each organisation&apos;s id.</source>
        <translation>Liệt kê cây tổ chức cùng mã của từng tổ chức.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
</context>
<context>
    <name>PasswordHashing</name>
    <message>
        <source>The password could not be protected: libsodium could not start.</source>
        <translation>Không bảo vệ được mật khẩu: không khởi động được libsodium.</translation>
    </message>
    <message>
        <source>The password could not be protected: there is not enough memory.</source>
        <translation>Không bảo vệ được mật khẩu: không đủ bộ nhớ.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Mật khẩu cần có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Mật khẩu không thể chỉ gồm dấu cách.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A session as %1 cannot change the records of %2.</source>
        <translation>Phiên làm việc với vai trò %1 không được thay đổi hồ sơ của %2.</translation>
    </message>
    <message>
        <source>A session as %1 cannot record classification decisions for %2.</source>
        <translation>Phiên làm việc với vai trò %1 không được ghi quyết định xếp loại cho %2.</translation>
    </message>
    <message>
        <source>Only an administrator can change organisations and criteria files; this session is a %1&apos;s.</source>
        <translation>Chỉ quản trị viên mới được thay đổi tổ chức và tệp tiêu chí; phiên làm việc này thuộc vai trò %1.</translation>
    </message>
    <message>
        <source>A session as %1 cannot number documents in the register of %2.</source>
        <translation>Phiên làm việc với vai trò %1 không được cấp số văn bản trong sổ của %2.</translation>
    </message>
    <message>
        <source>A session as %1 cannot read the audit trail.</source>
        <translation>Phiên làm việc với vai trò %1 không được xem nhật ký thay đổi.</translation>
    </message>
</context>
<context>
    <name>QuotaSummary</name>
    <message>
        <source>Members of %1 — %2: %3 / %4 allowed, over the quota</source>
        <translation>Đảng viên thuộc %1 — %2: %3 / %4 được phép, vượt hạn mức</translation>
    </message>
    <message>
        <source>Members of %1 — %2: %3 / %4 allowed</source>
        <translation>Đảng viên thuộc %1 — %2: %3 / %4 được phép</translation>
    </message>
    <message>
        <source>Organisations under %1 — %2: %3 / %4 allowed, over the quota</source>
        <translation>Tổ chức trực thuộc %1 — %2: %3 / %4 được phép, vượt hạn mức</translation>
    </message>
    <message>
        <source>Organisations under %1 — %2: %3 / %4 allowed</source>
        <translation>Tổ chức trực thuộc %1 — %2: %3 / %4 được phép</translation>
    </message>
    <message>
        <source>No HTXS quota is counted here.</source>
        <translation>Ở đây không tính hạn mức HTXS nào.</translation>
    </message>
</context>
<context>
    <name>RatingChecks</name>
    <message>
        <source>This %1 has the id %2, which the %1 at %3 already has; every record needs its own id.</source>
        <translation>%1 này có mã %2, trùng với %1 ở %3; mỗi bản ghi phải có mã riêng.</translation>
    </message>
    <message>
        <source>The indicator “%1” of “%2” is rated twice for the same subject and period; the first rating is at %3. Keep one value.</source>
        <translation>Chỉ số “%1” của “%2” được chấm hai lần cho cùng một đối tượng và cùng một kỳ; lần chấm đầu ở %3. Hãy chỉ giữ lại một giá trị.</translation>
    </message>
    <message>
        <source>The field “subject” refers to %1, which is neither a member, an organisation nor a meeting of this dataset.</source>
        <translation>Trường “subject” tham chiếu tới %1, không phải là đảng viên, tổ chức hay buổi sinh hoạt nào trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>This rating is of a meeting, which is its own period, so its “period” must be left out, but it is “%1”.</source>
        <translation>Bản ghi chấm điểm này dành cho một buổi sinh hoạt, bản thân buổi sinh hoạt đã là một kỳ, nên phải bỏ trường “period”, nhưng trường này đang là “%1”.</translation>
    </message>
    <message>
        <source>This rating is of a member or an organisation, so it needs a “period”: a year written YYYY or a month written YYYY-MM.</source>
        <translation>Bản ghi chấm điểm này dành cho đảng viên hoặc tổ chức nên cần có “period”: một năm viết dạng NNNN hoặc một tháng viết dạng NNNN-TT.</translation>
    </message>
</context>
<context>
    <name>RatingReader</name>
    <message>
        <source>Could not load the ratings: %1</source>
        <translation>Không tải được các bản ghi chấm điểm: %1</translation>
    </message>
</context>
<context>
    <name>RatingWriter</name>
    <message>
        <source>Could not save the rating %1: %2</source>
        <translation>Không lưu được bản ghi chấm điểm %1: %2</translation>
    </message>
    <message>
        <source>its id, criteria, indicator, value and author are required.</source>
        <translation>cần có mã, bộ tiêu chí, chỉ số, giá trị và người chấm.</translation>
    </message>
    <message>
        <source>Could not save the rating %1: its subject %2 is no member, organisation or meeting in the database.</source>
        <translation>Không lưu được bản ghi chấm điểm %1: đối tượng %2 không phải là đảng viên, tổ chức hay buổi sinh hoạt nào trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>a meeting is its own period, so the period must be empty.</source>
        <translation>bản thân buổi sinh hoạt đã là một kỳ nên phải để trống kỳ.</translation>
    </message>
    <message>
        <source>a member or an organisation is rated for a year or a month, so the period is required.</source>
        <translation>đảng viên hoặc tổ chức được chấm theo năm hoặc theo tháng nên phải có kỳ.</translation>
    </message>
    <message>
        <source>Could not look up the record %1: %2</source>
        <translation>Không tra cứu được bản ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordDocumentDialog</name>
    <message>
        <source>Record a document issued by hand</source>
        <translation>Ghi văn bản ban hành ngoài ChiBo</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>the next free number</source>
        <translation>số tiếp theo còn trống</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>An edit needs the record before or after it.</source>
        <translation>Một thao tác sửa cần có bản ghi trước hoặc sau khi sửa.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>dataset</source>
        <translation>tệp dữ liệu</translation>
    </message>
    <message>
        <source>organisation record</source>
        <translation>bản ghi tổ chức</translation>
    </message>
    <message>
        <source>committee term</source>
        <translation>nhiệm kỳ</translation>
    </message>
    <message>
        <source>member record</source>
        <translation>hồ sơ đảng viên</translation>
    </message>
    <message>
        <source>status event</source>
        <translation>sự kiện tình trạng đảng viên</translation>
    </message>
    <message>
        <source>cell registration</source>
        <translation>đợt sinh hoạt tại chi bộ</translation>
    </message>
    <message>
        <source>position held</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <source>meeting record</source>
        <translation>bản ghi buổi sinh hoạt</translation>
    </message>
    <message>
        <source>meeting lifecycle step</source>
        <translation>bước trạng thái buổi sinh hoạt</translation>
    </message>
    <message>
        <source>attendance row</source>
        <translation>dòng điểm danh</translation>
    </message>
    <message>
        <source>target</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>phân công</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>ghi chú theo dõi</translation>
    </message>
    <message>
        <source>discipline record</source>
        <translation>bản ghi kỷ luật</translation>
    </message>
    <message>
        <source>leave record</source>
        <translation>bản ghi nghỉ</translation>
    </message>
    <message>
        <source>dues record</source>
        <translation>bản ghi đảng phí</translation>
    </message>
    <message>
        <source>violation record</source>
        <translation>bản ghi vi phạm</translation>
    </message>
    <message>
        <source>commendation</source>
        <translation>khen thưởng</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>bản ghi chấm điểm</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Meeting on %1 — %2</source>
        <translation>Buổi sinh hoạt ngày %1 — %2</translation>
    </message>
    <message>
        <source>Target “%1”</source>
        <translation>Chỉ tiêu “%1”</translation>
    </message>
    <message>
        <source>Assignment “%1” of %2</source>
        <translation>Phân công “%1” của %2</translation>
    </message>
    <message>
        <source>%1 of %2, decided on %3</source>
        <translation>%1 đối với %2, quyết định ngày %3</translation>
    </message>
    <message>
        <source>%1 of %2 from %3</source>
        <translation>%1 của %2 từ ngày %3</translation>
    </message>
    <message>
        <source>Dues of %1 for %2</source>
        <translation>Đảng phí của %1 tháng %2</translation>
    </message>
    <message>
        <source>Rating “%1” of %2</source>
        <translation>Chấm điểm “%1” của %2</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>The %1 has an unknown field “%2”; check its spelling. Known fields: %3.</source>
        <translation>Trong %1 có trường lạ “%2”; hãy kiểm tra chính tả. Các trường hợp lệ: %3.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>giá trị %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>chuỗi “%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>The field “%1” must be text, but it is %2.</source>
        <translation>Trường “%1” phải là chuỗi, nhưng đang là %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number, but it is %2.</source>
        <translation>Trường “%1” phải là số nguyên, nhưng đang là %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be true or false, but it is %2.</source>
        <translation>Trường “%1” phải là true hoặc false, nhưng đang là %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be a list, but it is %2.</source>
        <translation>Trường “%1” phải là một danh sách, nhưng đang là %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object, but it is %2.</source>
        <translation>Trường “%1” phải là một đối tượng, nhưng đang là %2.</translation>
    </message>
    <message>
        <source>The field “%1” has the unknown code “%2”; allowed codes: %3.</source>
        <translation>Trường “%1” có mã không hợp lệ “%2”; các mã được dùng: %3.</translation>
    </message>
    <message>
        <source>The %1 has no “%2” field, which is required.</source>
        <translation>Trong %1 thiếu trường bắt buộc “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” must not be empty.</source>
        <translation>Trường “%1” không được để trống.</translation>
    </message>
    <message>
        <source>The field “%1” must be an id written as a UUID (8-4-4-4-12 hexadecimal digits, e.g. 3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b), but it is “%2”.</source>
        <translation>Trường “%1” phải là mã dạng UUID (8-4-4-4-12 chữ số thập lục phân, ví dụ 3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b), nhưng đang là “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” holds the nil UUID, which is not an id; leave an empty reference out.</source>
        <translation>Trường “%1” chứa UUID rỗng, không phải là mã; nếu không có tham chiếu thì bỏ trường này đi.</translation>
    </message>
    <message>
        <source>The field “%1” must be a real date written YYYY-MM-DD, such as 2025-03-15, but it is “%2”.</source>
        <translation>Trường “%1” phải là một ngày có thật, viết dạng NNNN-TT-NN, ví dụ 2025-03-15, nhưng đang là “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” must be a month written YYYY-MM, such as 2025-03, but it is “%2”.</source>
        <translation>Trường “%1” phải là một tháng viết dạng NNNN-TT, ví dụ 2025-03, nhưng đang là “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” must be a time of day written HH:MM, such as 19:30, but it is “%2”.</source>
        <translation>Trường “%1” phải là giờ trong ngày viết dạng GG:PP, ví dụ 19:30, nhưng đang là “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” must be a date and time with its UTC offset, such as 2025-03-15T19:30:00+07:00, but it is “%2”.</source>
        <translation>Trường “%1” phải là ngày giờ kèm múi giờ UTC, ví dụ 2025-03-15T19:30:00+07:00, nhưng đang là “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” counts something and cannot be negative, but it is %2.</source>
        <translation>Trường “%1” là số đếm nên không được âm, nhưng đang là %2.</translation>
    </message>
    <message>
        <source>The field “%1” must be at most %2, but it is %3.</source>
        <translation>Trường “%1” tối đa là %2, nhưng đang là %3.</translation>
    </message>
    <message>
        <source>Could not load the targets: %1</source>
        <translation>Không tải được các chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Could not load the assignments: %1</source>
        <translation>Không tải được các phân công: %1</translation>
    </message>
    <message>
        <source>Could not load the disciplines: %1</source>
        <translation>Không tải được các bản ghi kỷ luật: %1</translation>
    </message>
    <message>
        <source>Could not load the leave records: %1</source>
        <translation>Không tải được các bản ghi nghỉ: %1</translation>
    </message>
    <message>
        <source>Could not load the dues: %1</source>
        <translation>Không tải được đảng phí: %1</translation>
    </message>
    <message>
        <source>Could not load the violations: %1</source>
        <translation>Không tải được các vi phạm: %1</translation>
    </message>
    <message>
        <source>Could not load the commendations: %1</source>
        <translation>Không tải được các khen thưởng: %1</translation>
    </message>
    <message>
        <source>The field “%1” must be an identifier of 3 to 64 lower-case letters a–z, digits and hyphens, such as “chi-bo-bon-tot”, but it is “%2”.</source>
        <translation>Trường “%1” phải là mã định danh gồm 3 đến 64 ký tự là chữ thường a–z, chữ số và dấu gạch nối, ví dụ “chi-bo-bon-tot”, nhưng đang là “%2”.</translation>
    </message>
    <message>
        <source>The field “%1” must be a year written YYYY (such as 2025), a month written YYYY-MM (such as 2025-03), or empty for a meeting, but it is “%2”.</source>
        <translation>Trường “%1” phải là một năm viết dạng NNNN (ví dụ 2025), một tháng viết dạng NNNN-TT (ví dụ 2025-03), hoặc để trống nếu là buổi sinh hoạt, nhưng đang là “%2”.</translation>
    </message>
</context>
<context>
    <name>RecordSteps</name>
    <message numerus="yes">
        <source>%1 cannot be removed: %n meeting(s) record them in the attendance or as chair or minute taker. Record that they left instead.</source>
        <translation>
            <numerusform>Không thể xóa %1: %n buổi sinh hoạt có ghi đảng viên này trong điểm danh hoặc là người chủ trì, người ghi biên bản. Thay vào đó, hãy ghi nhận đảng viên này không còn sinh hoạt tại đây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n target(s) name them as owner. Record that they left instead.</source>
        <translation>
            <numerusform>Không thể xóa %1: %n chỉ tiêu ghi đảng viên này là người phụ trách. Thay vào đó, hãy ghi nhận đảng viên này không còn sinh hoạt tại đây.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed: meetings (%2) and targets (%3) refer to them. Record that they left instead.</source>
        <translation>Không thể xóa %1: có buổi sinh hoạt (%2) và chỉ tiêu (%3) tham chiếu tới đảng viên này. Thay vào đó, hãy ghi nhận đảng viên này không còn sinh hoạt tại đây.</translation>
    </message>
    <message>
        <source>A change of a member must keep the member&apos;s id.</source>
        <translation>Khi sửa thông tin đảng viên phải giữ nguyên mã của đảng viên.</translation>
    </message>
    <message>
        <source>A change of a meeting must keep the meeting&apos;s id.</source>
        <translation>Khi sửa buổi sinh hoạt phải giữ nguyên mã của buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>%1 is locked: it can only be reopened, with a note saying why.</source>
        <translation>%1 đã bị khóa: chỉ có thể mở lại, kèm ghi chú nêu lý do.</translation>
    </message>
    <message>
        <source>%1 does not hold cell meetings; only Party cells and grassroots Party committees do.</source>
        <translation>%1 không tổ chức sinh hoạt chi bộ; chỉ chi bộ và đảng bộ cơ sở mới tổ chức các buổi sinh hoạt này.</translation>
    </message>
    <message>
        <source>A change of a target must keep the target&apos;s id.</source>
        <translation>Khi sửa chỉ tiêu phải giữ nguyên mã của chỉ tiêu.</translation>
    </message>
    <message>
        <source>%1: the meeting ends at %2, which is not after its start at %3. Correct the end time first.</source>
        <translation>%1: cuộc họp kết thúc lúc %2, không sau giờ bắt đầu %3. Hãy sửa giờ kết thúc trước.</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not save target %1: %2</source>
        <translation>Không lưu được chỉ tiêu %1: %2</translation>
    </message>
    <message>
        <source>Could not save assignment %1: %2</source>
        <translation>Không lưu được phân công %1: %2</translation>
    </message>
    <message>
        <source>Could not save discipline %1: %2</source>
        <translation>Không lưu được bản ghi kỷ luật %1: %2</translation>
    </message>
    <message>
        <source>Could not save the leave starting %1: %2</source>
        <translation>Không lưu được đợt nghỉ từ ngày %1: %2</translation>
    </message>
    <message>
        <source>Could not save the dues for %1: %2</source>
        <translation>Không lưu được đảng phí %1: %2</translation>
    </message>
    <message>
        <source>Could not save the violation of %1: %2</source>
        <translation>Không lưu được vi phạm của %1: %2</translation>
    </message>
    <message>
        <source>Could not save commendation %1: %2</source>
        <translation>Không lưu được khen thưởng %1: %2</translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <source>There is no entry %1 in the recycle bin; it may have been restored already.</source>
        <translation>Không có mục %1 trong thùng rác; có thể mục này đã được khôi phục.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Không thể khôi phục %1: %2</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted records stay here until they are restored. Restoring puts a record back exactly as it was, with everything deleted with it.</source>
        <translation>Các bản ghi đã xóa được giữ ở đây cho đến khi được khôi phục. Khi khôi phục, bản ghi trở lại đúng như trước, cùng mọi thứ đã bị xóa theo nó.</translation>
    </message>
    <message>
        <source>The recycle bin of this organisation is empty.</source>
        <translation>Thùng rác của tổ chức này trống.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Put the selected record back</source>
        <translation>Khôi phục bản ghi đang chọn</translation>
    </message>
</context>
<context>
    <name>ReferenceChecks</name>
    <message>
        <source>This %1 has the id %2, which the %1 at %3 already has; every record needs its own id.</source>
        <translation>%1 này có mã %2, trùng với %1 ở %3; mỗi bản ghi phải có mã riêng.</translation>
    </message>
    <message>
        <source>The field “%1” refers to the organisation %2, which is not in this dataset.</source>
        <translation>Trường “%1” tham chiếu tới tổ chức %2, không có trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>The field “%1” refers to the member %2, which is not in this dataset.</source>
        <translation>Trường “%1” tham chiếu tới đảng viên %2, không có trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>The field “%1” refers to the meeting %2, which is not in this dataset.</source>
        <translation>Trường “%1” tham chiếu tới buổi sinh hoạt %2, không có trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>The %1 ends on %2, before it starts on %3.</source>
        <translation>%1 kết thúc ngày %2, trước ngày bắt đầu %3.</translation>
    </message>
    <message>
        <source>The parent %1 of the organisation “%2” is not in this dataset.</source>
        <translation>Tổ chức cấp trên %1 của “%2” không có trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>The organisation “%1” is its own ancestor: its parents form the cycle %2.</source>
        <translation>Tổ chức “%1” lại là cấp trên của chính nó: các cấp trên tạo thành vòng %2.</translation>
    </message>
    <message>
        <source>The meeting of %1 on %2 ends at %3, which is not after its start at %4.</source>
        <translation>Buổi sinh hoạt của %1 ngày %2 kết thúc lúc %3, không sau giờ bắt đầu %4.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the attendance of the meeting of %2 on %3; the first row is at %4.</source>
        <translation>%1 có hai dòng điểm danh trong buổi sinh hoạt của %2 ngày %3; dòng đầu ở %4.</translation>
    </message>
    <message>
        <source>This discipline is of a member, but its “member” field is missing.</source>
        <translation>Bản ghi kỷ luật này dành cho đảng viên nhưng thiếu trường “member”.</translation>
    </message>
    <message>
        <source>This discipline is of a %1, but its “organisation” field is missing.</source>
        <translation>Bản ghi kỷ luật này dành cho %1 nhưng thiếu trường “organisation”.</translation>
    </message>
    <message>
        <source>The dues of %1 for %2 are recorded twice; the first record is at %3.</source>
        <translation>Đảng phí của %1 tháng %2 được ghi hai lần; bản ghi đầu ở %3.</translation>
    </message>
    <message>
        <source>The commendation “%1” names both a member and an organisation; it must name exactly one of them.</source>
        <translation>Khen thưởng “%1” ghi cả đảng viên và tổ chức; chỉ được ghi một trong hai.</translation>
    </message>
    <message>
        <source>The commendation “%1” names neither a member nor an organisation; it must name exactly one of them.</source>
        <translation>Khen thưởng “%1” không ghi đảng viên cũng không ghi tổ chức; phải ghi đúng một trong hai.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write an official document (year-end report, meeting minutes) as PDF or HTML.</source>
        <translation>Lập văn bản chính thức (báo cáo cuối năm, biên bản sinh hoạt) dưới dạng PDF hoặc HTML.</translation>
    </message>
    <message>
        <source>The organisation (name or id), for year.</source>
        <translation>Tổ chức (tên hoặc mã), dùng cho year.</translation>
    </message>
    <message>
        <source>The year, for year.</source>
        <translation>Năm, dùng cho year.</translation>
    </message>
    <message>
        <source>The meeting&apos;s id, for minutes and assessment.</source>
        <translation>Mã buổi sinh hoạt, dùng cho minutes và assessment.</translation>
    </message>
    <message>
        <source>Write the document as PDF to FILE.</source>
        <translation>Ghi văn bản dạng PDF vào FILE.</translation>
    </message>
    <message>
        <source>Write the document as HTML to FILE.</source>
        <translation>Ghi văn bản dạng HTML vào FILE.</translation>
    </message>
    <message>
        <source>The date line, yyyy-MM-dd (default: today).</source>
        <translation>Dòng ngày tháng, dạng NNNN-TT-NN (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Say where to write the document: --pdf FILE and/or --html FILE.</source>
        <translation>Hãy cho biết nơi ghi văn bản: --pdf FILE và/hoặc --html FILE.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025.</source>
        <translation>--year cần một năm, ví dụ 2025.</translation>
    </message>
    <message>
        <source>--date needs a date such as 2025-12-15.</source>
        <translation>--date cần một ngày, ví dụ 2025-12-15.</translation>
    </message>
    <message>
        <source>--meeting needs the meeting&apos;s id (see chibo-cli summary or the window).</source>
        <translation>--meeting cần mã buổi sinh hoạt (xem bằng chibo-cli summary hoặc trên cửa sổ chương trình).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Writes an official Party document in the HD 36-HD/VPTW layout. KIND is “year” (a cell&apos;s classification report, or a committee&apos;s summary of its cells), “minutes” (a meeting&apos;s minutes with its attendance sheet), “assessment” (a meeting&apos;s quality assessment sheet) or “four-goods” (a committee&apos;s list of cells recognised under the cell model, with each cell&apos;s criteria).</source>
        <translation>Ghi một văn bản của Đảng theo thể thức Hướng dẫn 36-HD/VPTW. KIND là “year” (báo cáo xếp loại của một chi bộ, hoặc bảng tổng hợp các chi bộ của một đảng ủy), “minutes” (biên bản một buổi sinh hoạt kèm danh sách đảng viên dự họp), “assessment” (phiếu đánh giá chất lượng một buổi sinh hoạt) hoặc “four-goods” (danh sách chi bộ đạt mô hình chi bộ của một đảng ủy, kèm kết quả từng tiêu chí).</translation>
    </message>
    <message>
        <source>year, four-goods, minutes or assessment</source>
        <translation>year, four-goods, minutes hoặc assessment</translation>
    </message>
    <message>
        <source>Unknown document “%1”: use year, four-goods, minutes or assessment.</source>
        <translation>Không có loại văn bản “%1”: hãy dùng year, four-goods, minutes hoặc assessment.</translation>
    </message>
    <message>
        <source>The document&apos;s number (default: the number it has in the register, else left blank).</source>
        <translation>Số của văn bản (mặc định: số đã cấp trong sổ, nếu chưa có thì để trống).</translation>
    </message>
    <message>
        <source>Number the document in the organisation&apos;s register: the next number of its type in the committee&apos;s term, or --number N. A document numbered before keeps its number.</source>
        <translation>Cấp số văn bản trong sổ của tổ chức: số tiếp theo của loại văn bản đó trong nhiệm kỳ cấp ủy, hoặc --number N. Văn bản đã cấp số thì giữ nguyên số.</translation>
    </message>
    <message>
        <source>Your name, for the register (default: the user&apos;s login name).</source>
        <translation>Tên của bạn, để ghi vào sổ (mặc định: tên đăng nhập).</translation>
    </message>
    <message>
        <source>--number needs a whole number from 1, such as 5.</source>
        <translation>--number cần một số nguyên từ 1 trở lên, như 5.</translation>
    </message>
    <message>
        <source>%1 of %2, in the register.</source>
        <translation>%1 ngày %2, đã vào sổ.</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Neither Times New Roman nor Liberation Serif is installed; official documents need one of them (Debian package fonts-liberation2).</source>
        <translation>Chưa cài phông Times New Roman hoặc Liberation Serif; văn bản chính thức cần một trong hai phông này (gói Debian fonts-liberation2).</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>The database holds the value &quot;%1&quot; in column %2, which this version of ChiBo cannot read.</source>
        <translation>Cơ sở dữ liệu có giá trị &quot;%1&quot; ở cột %2 mà phiên bản ChiBo này không đọc được.</translation>
    </message>
</context>
<context>
    <name>ScopeTables</name>
    <message>
        <source>Could not select the organisations to load: %1</source>
        <translation>Không chọn được các tổ chức cần tải: %1</translation>
    </message>
    <message>
        <source>Could not load the organisation %1: %2</source>
        <translation>Không tải được tổ chức %1: %2</translation>
    </message>
    <message>
        <source>Could not select the records to load: %1</source>
        <translation>Không chọn được các bản ghi cần tải: %1</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score an organisation against criteria files for a year or a month, with the evidence.</source>
        <translation>Chấm điểm một tổ chức theo các tệp tiêu chí cho một năm hoặc một tháng, kèm bằng chứng.</translation>
    </message>
    <message>
        <source>Evaluates criteria files for every subject in the organisation: its meetings, months, members or itself and its subordinate organisations, as each file says. Without --rules, every file in force that judges organisations is used.</source>
        <translation>Đánh giá theo các tệp tiêu chí mọi đối tượng trong tổ chức: các buổi sinh hoạt, các tháng, các đảng viên, hoặc chính tổ chức và các tổ chức cấp dưới, tùy theo quy định của từng tệp. Nếu không có --rules, dùng mọi tệp đang có hiệu lực dùng để đánh giá tổ chức.</translation>
    </message>
    <message>
        <source>Evaluate one month (1–12).</source>
        <translation>Đánh giá một tháng (1–12).</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>The criteria file id (repeatable).</source>
        <translation>Mã tệp tiêu chí (có thể lặp lại).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>--month needs a month from 1 to 12.</source>
        <translation>--month cần một tháng từ 1 đến 12.</translation>
    </message>
    <message>
        <source>%1 — %2, as of %3</source>
        <translation>%1 — %2, tính đến ngày %3</translation>
    </message>
</context>
<context>
    <name>ScorecardEvidence</name>
    <message>
        <source>results at %1 or better</source>
        <translation>kết quả đạt %1 trở lên</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>đã dự</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>phải dự</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>due</source>
        <translation>đến hạn</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>buổi sinh hoạt</translation>
    </message>
    <message>
        <source>months elapsed</source>
        <translation>số tháng đã qua</translation>
    </message>
    <message>
        <source>months with a meeting</source>
        <translation>số tháng có sinh hoạt</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>giới hạn</translation>
    </message>
    <message>
        <source>required</source>
        <translation>quy định</translation>
    </message>
    <message>
        <source>members who spoke</source>
        <translation>đảng viên phát biểu</translation>
    </message>
    <message>
        <source>days</source>
        <translation>số ngày</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>số phút</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>có biên bản</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>đã kết nạp</translation>
    </message>
    <message>
        <source>results rated</source>
        <translation>kết quả được xếp mức</translation>
    </message>
    <message>
        <source>subjects with a result</source>
        <translation>đối tượng có kết quả</translation>
    </message>
    <message>
        <source>results without a level</source>
        <translation>kết quả chưa có mức</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>%1 of %2 present, %3 minutes</source>
        <translation>%1/%2 có mặt, %3 phút</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn tháng %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Nghỉ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>người nhập: %1</translation>
    </message>
    <message>
        <source>Entered value</source>
        <translation>Giá trị nhập tay</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>Why not yet</source>
        <translation>Vì sao chưa đạt</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bảng điểm</translation>
    </message>
    <message>
        <source>Click an underlined value or points to see the records behind it.</source>
        <translation>Nhấn vào giá trị hoặc điểm được gạch chân để xem các bản ghi làm căn cứ.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Xu hướng</translation>
    </message>
</context>
<context>
    <name>ScorecardRowBuilder</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Unknown — values missing</source>
        <translation>Chưa xác định — thiếu giá trị</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
</context>
<context>
    <name>ScorecardRun</name>
    <message>
        <source>The organisation of the scorecard is not in the records.</source>
        <translation>Tổ chức của bảng điểm không có trong dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ScorecardTexts</name>
    <message>
        <source>Not rated: %1</source>
        <translation>Không xếp loại: %1</translation>
    </message>
    <message>
        <source>Undetermined — a person decides</source>
        <translation>Chưa xác định — cần người có thẩm quyền quyết định</translation>
    </message>
    <message>
        <source>%1 (proposed; a person decides)</source>
        <translation>%1 (đề xuất; cần người có thẩm quyền quyết định)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu dữ liệu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>the points for “%1”</source>
        <translation>điểm của “%1”</translation>
    </message>
    <message>
        <source>the total points</source>
        <translation>tổng điểm</translation>
    </message>
    <message>
        <source>the parameter %1</source>
        <translation>tham số %1</translation>
    </message>
    <message>
        <source>the results of %1</source>
        <translation>kết quả của %1</translation>
    </message>
    <message>
        <source>The value is unknown; it must be %1.</source>
        <translation>Chưa có giá trị; yêu cầu %1.</translation>
    </message>
    <message>
        <source>The value is %1; it must be %2.</source>
        <translation>Giá trị là %1; yêu cầu %2.</translation>
    </message>
    <message>
        <source>%1 is unknown; it must be %2.</source>
        <translation>%1 chưa có giá trị; yêu cầu %2.</translation>
    </message>
    <message>
        <source>%1 is %2; it must be %3.</source>
        <translation>%1 là %2; yêu cầu %3.</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>chưa xác định</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n trường hợp khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n buổi sinh hoạt dưới mức %1 hoặc chưa có mức: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n đảng viên dưới mức %1 hoặc chưa có mức: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n tổ chức dưới mức %1 hoặc chưa có mức: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) below %1 or without a level: %2.</source>
        <translation>
            <numerusform>%n tháng dưới mức %1 hoặc chưa có mức: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not apply to this subject.</source>
        <translation>Không áp dụng cho đối tượng này.</translation>
    </message>
    <message>
        <source>Not entered yet: a person must enter this value.</source>
        <translation>Chưa nhập: cần có người nhập giá trị này.</translation>
    </message>
    <message>
        <source>The records give no value.</source>
        <translation>Các bản ghi không cho ra giá trị nào.</translation>
    </message>
    <message>
        <source>No value yet. %1</source>
        <translation>Chưa có giá trị. %1</translation>
    </message>
    <message>
        <source>Gives %1 points.</source>
        <translation>Được %1 điểm.</translation>
    </message>
    <message>
        <source>Meets the requirement %1.</source>
        <translation>Đạt yêu cầu %1.</translation>
    </message>
    <message>
        <source>Criterion %1 — %2: %3</source>
        <translation>Tiêu chí %1 — %2: %3</translation>
    </message>
    <message>
        <source>Not %1 — %2: %3</source>
        <translation>Không đạt %1 — %2: %3</translation>
    </message>
    <message>
        <source>At most %1: %2</source>
        <translation>Tối đa %1: %2</translation>
    </message>
    <message>
        <source>For a decision: %1</source>
        <translation>Cần quyết định: %1</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>There are no records to evaluate.</source>
        <translation>Không có bản ghi nào để đánh giá.</translation>
    </message>
    <message>
        <source>No criteria file “%1” is in force for the period ending on %2.</source>
        <translation>Không có tệp tiêu chí “%1” nào có hiệu lực cho kỳ kết thúc ngày %2.</translation>
    </message>
</context>
<context>
    <name>ScoringOptions</name>
    <message>
        <source>The organisation: its id, its name, or the start of its name.</source>
        <translation>Tổ chức: mã, tên, hoặc phần đầu của tên.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>The year to evaluate.</source>
        <translation>Năm cần đánh giá.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>NNNN</translation>
    </message>
    <message>
        <source>Read the records from a dataset file instead of the database.</source>
        <translation>Đọc các bản ghi từ tệp dữ liệu thay vì từ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Use the criteria files in this file or folder instead of the shipped ones (repeatable).</source>
        <translation>Dùng các tệp tiêu chí trong tệp hoặc thư mục này thay cho các tệp có sẵn (có thể lặp lại).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>Write the results as JSON (docs/results-format.md).</source>
        <translation>Ghi kết quả dạng JSON (docs/results-format.md).</translation>
    </message>
    <message>
        <source>Explain every result: rules, comparisons, records.</source>
        <translation>Giải thích mọi kết quả: quy tắc, phép so sánh, bản ghi.</translation>
    </message>
    <message>
        <source>chibo-cli: the criteria files have problems; nothing was scored.</source>
        <translation>chibo-cli: các tệp tiêu chí có lỗi; chưa chấm điểm gì.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025.</source>
        <translation>--year cần một năm, ví dụ 2025.</translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>The period must be a year from 1945 and, if given, a month from 1 to 12.</source>
        <translation>Kỳ phải là một năm từ 1945 trở đi và, nếu có, một tháng từ 1 đến 12.</translation>
    </message>
</context>
<context>
    <name>ScoringSnapshot</name>
    <message>
        <source>There is no organisation with this id.</source>
        <translation>Không có tổ chức nào có mã này.</translation>
    </message>
    <message>
        <source>Cannot read the dataset file: %1.</source>
        <translation>Không đọc được tệp dữ liệu: %1.</translation>
    </message>
</context>
<context>
    <name>SessionGate</name>
    <message>
        <source>Nobody signed in.</source>
        <translation>Chưa có ai đăng nhập.</translation>
    </message>
    <message>
        <source>This database has accounts: give --user NAME and the password in CHIBO_PASSWORD.</source>
        <translation>Cơ sở dữ liệu này có tài khoản: hãy cho --user TÊN và mật khẩu trong CHIBO_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to ChiBo</source>
        <translation>Chào mừng đến với ChiBo</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <source>ChiBo keeps your cell&apos;s members, meetings and assessments in a database on this computer.</source>
        <translation>ChiBo lưu đảng viên, các buổi sinh hoạt và kết quả đánh giá của chi bộ trong một cơ sở dữ liệu trên máy tính này.</translation>
    </message>
    <message>
        <source>Look around first with the demo: the Party committee of Ea Sin commune and its cells</source>
        <translation>Xem thử trước với dữ liệu mẫu: Đảng bộ xã Ea Sin và các chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>Create my organisation and its cells</source>
        <translation>Tạo tổ chức đảng của tôi và các chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>Your grassroots organisation</source>
        <translation>Tổ chức cơ sở đảng của bạn</translation>
    </message>
    <message>
        <source>The grassroots Party committee or grassroots cell whose records you keep.</source>
        <translation>Đảng bộ cơ sở hoặc chi bộ cơ sở mà bạn quản lý hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Đảng bộ xã Ea Sin</source>
        <translation>ví dụ: Đảng bộ xã Ea Sin</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Upper committee:</source>
        <translation>Cấp ủy cấp t&amp;rên:</translation>
    </message>
    <message>
        <source>optional, e.g. Đảng bộ huyện Krông Búk</source>
        <translation>không bắt buộc, ví dụ: Đảng bộ huyện Krông Búk</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>Địa &amp;bàn:</translation>
    </message>
    <message>
        <source>e.g. xã Ea Sin, tỉnh Đắk Lắk</source>
        <translation>ví dụ: xã Ea Sin, tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <source>&amp;Short name for documents:</source>
        <translation>Tên &amp;viết tắt trên văn bản:</translation>
    </message>
    <message>
        <source>e.g. ĐU</source>
        <translation>ví dụ: ĐU</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>Ngày t&amp;hành lập:</translation>
    </message>
    <message>
        <source>The cells</source>
        <translation>Các chi bộ</translation>
    </message>
    <message>
        <source>One row per cell of the Party committee. You can add cells later too.</source>
        <translation>Mỗi dòng là một chi bộ trực thuộc đảng bộ. Bạn cũng có thể thêm chi bộ sau.</translation>
    </message>
    <message>
        <source>Cell name</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>&amp;Add a cell</source>
        <translation>&amp;Thêm chi bộ</translation>
    </message>
    <message>
        <source>&amp;Remove the cell</source>
        <translation>&amp;Xóa chi bộ</translation>
    </message>
</context>
<context>
    <name>SheetNames</name>
    <message>
        <source>Sheet %1</source>
        <translation>Trang tính %1</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>“%1” cannot be read: ChiBo reads Excel workbooks (.xlsx) and CSV files (.csv). Save the sheet in one of these types, for example with “Save As” in Excel.</source>
        <translation>Không đọc được “%1”: ChiBo đọc được sổ tính Excel (.xlsx) và tệp CSV (.csv). Hãy lưu trang tính thành một trong hai loại này, ví dụ bằng lệnh “Save As” (Lưu thành) trong Excel.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>SqlAccountRepository</name>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Không đọc được các tài khoản: %1</translation>
    </message>
    <message>
        <source>Could not create the account %1: %2</source>
        <translation>Không tạo được tài khoản %1: %2</translation>
    </message>
    <message>
        <source>its id, user name, display name, password and time of creation are required.</source>
        <translation>cần có mã, tên đăng nhập, họ tên, mật khẩu và thời điểm tạo.</translation>
    </message>
    <message>
        <source>Could not change the account %1: %2</source>
        <translation>Không sửa được tài khoản %1: %2</translation>
    </message>
    <message>
        <source>Could not change the password of %1: %2</source>
        <translation>Không đổi được mật khẩu của %1: %2</translation>
    </message>
    <message>
        <source>Could not give the account %1 its organisations: %2</source>
        <translation>Không gán được các tổ chức cho tài khoản %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlAuditRepository</name>
    <message>
        <source>Could not add to the audit trail: %1</source>
        <translation>Không ghi được vào nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <source>the time, the user, the action and the kind of record are required.</source>
        <translation>cần có thời điểm, người dùng, thao tác và loại bản ghi.</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Không đọc được nhật ký thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>SqlDecisionRepository</name>
    <message>
        <source>the decided level “%1” is not one of htxs, htt, ht and kht.</source>
        <translation>mức đã quyết định “%1” không phải là một trong các mức htxs, htt, ht và kht.</translation>
    </message>
    <message>
        <source>the reason for the decision is required.</source>
        <translation>cần có lý do của quyết định.</translation>
    </message>
    <message>
        <source>the name and title of the person who decided are required.</source>
        <translation>cần có họ tên và chức vụ của người quyết định.</translation>
    </message>
    <message>
        <source>its id, criteria, subject, year and date are required.</source>
        <translation>cần có mã, bộ tiêu chí, đối tượng, năm và ngày.</translation>
    </message>
    <message>
        <source>Could not record the decision %1: %2</source>
        <translation>Không ghi được quyết định %1: %2</translation>
    </message>
    <message>
        <source>Could not load the decisions: %1</source>
        <translation>Không tải được các quyết định: %1</translation>
    </message>
</context>
<context>
    <name>SqlDocumentRegisterRepository</name>
    <message>
        <source>Could not record the document %1: %2</source>
        <translation>Không ghi được văn bản %1: %2</translation>
    </message>
    <message>
        <source>its id, organisation, type, term, number, date, time of recording and the person who records it are required.</source>
        <translation>cần có mã, tổ chức, loại, nhiệm kỳ, số, ngày, thời điểm ghi và người ghi.</translation>
    </message>
    <message>
        <source>Could not read the register of documents: %1</source>
        <translation>Không đọc được sổ văn bản: %1</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>There is no such record in the database.</source>
        <translation>Không có bản ghi này trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no open transaction to finish.</source>
        <translation>Không có giao dịch nào đang mở để kết thúc.</translation>
    </message>
    <message>
        <source>another program is writing to this database (%1); try again when it has finished</source>
        <translation>một chương trình khác đang ghi vào cơ sở dữ liệu này (%1); hãy thử lại khi chương trình đó ghi xong</translation>
    </message>
    <message>
        <source>the database cannot be written, because the file or its folder is read-only (%1)</source>
        <translation>không ghi được vào cơ sở dữ liệu vì tệp hoặc thư mục chứa tệp chỉ cho phép đọc (%1)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full (%1); free some space and try again</source>
        <translation>ổ đĩa chứa cơ sở dữ liệu đã đầy (%1); hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>tệp cơ sở dữ liệu bị hỏng (%1); hãy khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <source>a record with the same id is already in the database (%1)</source>
        <translation>cơ sở dữ liệu đã có một bản ghi cùng mã định danh (%1)</translation>
    </message>
</context>
<context>
    <name>SqlLockRepository</name>
    <message>
        <source>Could not lock the year %1: %2</source>
        <translation>Không khóa được năm %1: %2</translation>
    </message>
    <message>
        <source>the year, the time and the person who locks it are required.</source>
        <translation>cần có năm, thời điểm khóa và người khóa.</translation>
    </message>
    <message>
        <source>Could not unlock the year %1: %2</source>
        <translation>Không mở khóa được năm %1: %2</translation>
    </message>
    <message>
        <source>the time, the person who unlocks it and the reason are required.</source>
        <translation>cần có thời điểm mở khóa, người mở khóa và lý do.</translation>
    </message>
    <message>
        <source>Could not read the locked years: %1</source>
        <translation>Không đọc được các năm đã khóa: %1</translation>
    </message>
</context>
<context>
    <name>SqlMeetingRepository</name>
    <message>
        <source>Could not remove the meeting of %1: %2</source>
        <translation>Không xóa được buổi sinh hoạt của %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlMemberInserter</name>
    <message>
        <source>Members are inserted in bulk only inside a transaction.</source>
        <translation>Chỉ ghi hàng loạt đảng viên được trong một giao dịch.</translation>
    </message>
</context>
<context>
    <name>SqlMemberRepository</name>
    <message>
        <source>Could not search the members: %1</source>
        <translation>Không tìm kiếm được đảng viên: %1</translation>
    </message>
    <message>
        <source>Could not remove member %1: %2</source>
        <translation>Không xóa được đảng viên %1: %2</translation>
    </message>
    <message>
        <source>Could not check what refers to member %1: %2</source>
        <translation>Không kiểm tra được các bản ghi tham chiếu tới đảng viên %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlOrganisationRepository</name>
    <message>
        <source>Could not remove organisation %1: %2</source>
        <translation>Không xóa được tổ chức %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlRatingRepository</name>
    <message>
        <source>Could not remove the rating %1: %2</source>
        <translation>Không xóa được bản ghi chấm điểm %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlRecordRepository</name>
    <message>
        <source>Could not remove record %1: %2</source>
        <translation>Không xóa được bản ghi %1: %2</translation>
    </message>
    <message>
        <source>Could not remove the targets set by the meeting %1: %2</source>
        <translation>Không xóa được các chỉ tiêu do buổi sinh hoạt %1 đề ra: %2</translation>
    </message>
    <message>
        <source>Could not remove the dues record %1: %2</source>
        <translation>Không xóa được bản ghi đảng phí %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlResultRepository</name>
    <message>
        <source>it belongs to the criteria “%1”, not to “%2” being replaced.</source>
        <translation>kết quả thuộc bộ tiêu chí “%1”, không thuộc bộ “%2” đang được thay thế.</translation>
    </message>
    <message>
        <source>its subject kind “%1” is unknown.</source>
        <translation>loại đối tượng “%1” không xác định.</translation>
    </message>
    <message>
        <source>its subject, organisation and time of computation are required.</source>
        <translation>cần có đối tượng, tổ chức và thời điểm tính.</translation>
    </message>
    <message>
        <source>Could not save the result %1: %2</source>
        <translation>Không lưu được kết quả %1: %2</translation>
    </message>
    <message>
        <source>Could not replace the results of %1: %2</source>
        <translation>Không thay thế được các kết quả của %1: %2</translation>
    </message>
    <message>
        <source>Could not load the results: %1</source>
        <translation>Không tải được các kết quả: %1</translation>
    </message>
</context>
<context>
    <name>SqlTrashRepository</name>
    <message>
        <source>Could not put %1 in the recycle bin: its id, kind, record, organisation, time and author are required.</source>
        <translation>Không chuyển được %1 vào thùng rác: cần có mã, loại, bản ghi, tổ chức, thời điểm và người thực hiện.</translation>
    </message>
    <message>
        <source>Could not put %1 in the recycle bin: %2</source>
        <translation>Không chuyển được %1 vào thùng rác: %2</translation>
    </message>
    <message>
        <source>Could not take the entry %1 out of the recycle bin: %2</source>
        <translation>Không lấy được mục %1 ra khỏi thùng rác: %2</translation>
    </message>
    <message>
        <source>Could not read the recycle bin: %1</source>
        <translation>Không đọc được thùng rác: %1</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>tệp đã có sẵn</translation>
    </message>
    <message>
        <source>the file could not be renamed from %1</source>
        <translation>không đổi được tên tệp từ %1</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Không có tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged (%2); nothing was restored.</source>
        <translation>Tệp sao lưu %1 bị hỏng (%2); chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The file %1 is not a ChiBo backup (%2); nothing was restored.</source>
        <translation>Tệp %1 không phải bản sao lưu của ChiBo (%2); chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>it holds no ChiBo data</source>
        <translation>tệp không có dữ liệu ChiBo</translation>
    </message>
    <message>
        <source>The backup file %1 has schema version %2, but this version of ChiBo reads versions up to %3 only; nothing was restored.</source>
        <translation>Tệp sao lưu %1 có lược đồ phiên bản %2, nhưng phiên bản ChiBo này chỉ đọc được đến phiên bản %3; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>Could not restore the backup %1: %2</source>
        <translation>Không khôi phục được bản sao lưu %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteIntegrity</name>
    <message>
        <source>Could not check the database (%1): %2</source>
        <translation>Không kiểm tra được cơ sở dữ liệu (%1): %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Could not prepare the statement</source>
        <translation>Không chuẩn bị được câu lệnh</translation>
    </message>
    <message>
        <source>Could not run the statement</source>
        <translation>Không chạy được câu lệnh</translation>
    </message>
    <message>
        <source>%1 values for %2 parameters</source>
        <translation>%1 giá trị cho %2 tham số</translation>
    </message>
    <message>
        <source>Could not bind a value</source>
        <translation>Không gán được một giá trị</translation>
    </message>
    <message>
        <source>Could not read a row</source>
        <translation>Không đọc được một dòng</translation>
    </message>
</context>
<context>
    <name>StatusHistoryReader</name>
    <message>
        <source>no member on the members sheet has “%1”</source>
        <translation>không có đảng viên nào trong trang đảng viên có “%1”</translation>
    </message>
    <message>
        <source>“%1” belongs to %2 (row %3 of the members sheet), not to “%4”</source>
        <translation>“%1” là của %2 (dòng %3 trang đảng viên), không phải của “%4”</translation>
    </message>
    <message>
        <source>no member is named: write the party card number, the citizen ID, or the full name and the date of birth</source>
        <translation>chưa ghi đảng viên nào: hãy ghi số thẻ đảng viên, số CCCD, hoặc họ tên và ngày sinh</translation>
    </message>
    <message>
        <source>“%1” is not a date (dd/mm/yyyy)</source>
        <translation>“%1” không phải là ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>sinh ngày %1</translation>
    </message>
    <message>
        <source>without a date of birth</source>
        <translation>không có ngày sinh</translation>
    </message>
    <message>
        <source>no member on the members sheet is “%1”, %2</source>
        <translation>không có đảng viên nào trong trang đảng viên là “%1”, %2</translation>
    </message>
    <message>
        <source>%1 members on the members sheet are “%2”, %3; write the party card number or the citizen ID</source>
        <translation>có %1 đảng viên trong trang đảng viên là “%2”, %3; hãy ghi số thẻ đảng viên hoặc số CCCD</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>%1 is in the future (after %2)</source>
        <translation>%1 là ngày trong tương lai (sau %2)</translation>
    </message>
    <message>
        <source>the event (%1) is before the member&apos;s admission (%2)</source>
        <translation>biến động (%1) trước ngày kết nạp của đảng viên (%2)</translation>
    </message>
    <message>
        <source>the event is empty: write one of %1</source>
        <translation>chưa ghi biến động: hãy ghi một trong các mục %1</translation>
    </message>
    <message>
        <source>“%1” is not a status event: write one of %2</source>
        <translation>“%1” không phải là biến động tình trạng: hãy ghi một trong các mục %2</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: </source>
        <translation>trang “%1”, dòng %2: </translation>
    </message>
    <message>
        <source>sheet “%1”, row %2, column %3 (%4): </source>
        <translation>trang “%1”, dòng %2, cột %3 (%4): </translation>
    </message>
    <message>
        <source>the members sheet gives no official date, so there is no recognition to go with this row</source>
        <translation>trang đảng viên không ghi ngày chính thức nên dòng này không gắn được với việc công nhận đảng viên chính thức nào</translation>
    </message>
    <message>
        <source>the members sheet admits the member on %1, not on %2</source>
        <translation>trang đảng viên ghi ngày kết nạp là %1, không phải %2</translation>
    </message>
    <message>
        <source>the members sheet recognises the member on %1, not on %2</source>
        <translation>trang đảng viên ghi ngày chính thức là %1, không phải %2</translation>
    </message>
</context>
<context>
    <name>StatusHistorySheet</name>
    <message>
        <source>Status history</source>
        <translation>Lịch sử tình trạng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Summarise an organisation: members, this year&apos;s meetings and attendance, Charter checks.</source>
        <translation>Tóm tắt một tổ chức: đảng viên, sinh hoạt và dự họp trong năm, kiểm tra theo Điều lệ.</translation>
    </message>
    <message>
        <source>The organisation (default: the top-level one).</source>
        <translation>Tổ chức (mặc định: tổ chức cấp cao nhất).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>The day to summarise (default: today).</source>
        <translation>Ngày cần tóm tắt (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD.</source>
        <translation>--date cần một ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến ngày %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn SH</translation>
    </message>
    <message>
        <source>Meet.</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Attend.</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Lần họp gần nhất</translation>
    </message>
    <message>
        <source>Meetings, thematic meetings and attendance are counted for %1.</source>
        <translation>Số buổi họp, số buổi chuyên đề và tỷ lệ dự họp tính trong năm %1.</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>List the recycle bin, or restore a removed record with everything removed with it.</source>
        <translation>Liệt kê thùng rác, hoặc khôi phục một bản ghi đã xóa cùng mọi thứ đã bị xóa theo nó.</translation>
    </message>
    <message>
        <source>list [--org KEY]: the entries of the recycle bin, newest first (of an organisation and those below it with --org).
restore ENTRY-ID: puts the records of an entry back exactly as they were, and empties the entry.</source>
        <translation>list [--org MÃ]: các mục trong thùng rác, mới nhất trước (với --org: của một tổ chức và các tổ chức cấp dưới).
restore MÃ_MỤC: đưa các bản ghi của một mục trở lại đúng như trước và làm trống mục đó.</translation>
    </message>
    <message>
        <source>For list: the organisation, by id or name.</source>
        <translation>Với list: tổ chức, theo mã hoặc tên.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>For restore: the name of the person restoring.</source>
        <translation>Với restore: họ tên người khôi phục.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>list or restore.</source>
        <translation>list hoặc restore.</translation>
    </message>
    <message>
        <source>ENTRY-ID</source>
        <translation>MÃ_MỤC</translation>
    </message>
    <message>
        <source>For restore: the entry&apos;s id, as list shows it.</source>
        <translation>Với restore: mã của mục, như lệnh list hiển thị.</translation>
    </message>
    <message>
        <source>[ENTRY-ID]</source>
        <translation>[MÃ_MỤC]</translation>
    </message>
    <message>
        <source>chibo-cli: trash needs “list” or “restore ENTRY-ID”.</source>
        <translation>chibo-cli: lệnh trash cần “list” hoặc “restore MÃ_MỤC”.</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>người xóa: %1</translation>
    </message>
    <message>
        <source>“%1” is not an entry id; “chibo-cli trash list” shows them.</source>
        <translation>“%1” không phải là mã mục; xem các mã bằng lệnh “chibo-cli trash list”.</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Đã khôi phục: %1.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>buổi sinh hoạt</translation>
    </message>
    <message>
        <source>target</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>phân công</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>kỷ luật</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>đợt nghỉ</translation>
    </message>
    <message>
        <source>dues</source>
        <translation>đảng phí</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>bản ghi chấm điểm</translation>
    </message>
</context>
<context>
    <name>TrashPayload</name>
    <message>
        <source>recycle bin entry %1</source>
        <translation>mục %1 trong thùng rác</translation>
    </message>
    <message>
        <source>The recycle bin entry cannot be read back: %1</source>
        <translation>Không đọc lại được mục trong thùng rác: %1</translation>
    </message>
</context>
<context>
    <name>UuidScope</name>
    <message>
        <source>Could not select the records to read: %1</source>
        <translation>Không chọn được các bản ghi cần đọc: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>The database holds %n top-level organisation(s); name one with --org.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu có %n tổ chức cấp cao nhất; hãy chọn một tổ chức bằng --org.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation matches “%1”. List them with: chibo-cli orgs</source>
        <translation>Không có tổ chức nào khớp với “%1”. Xem danh sách bằng lệnh: chibo-cli orgs</translation>
    </message>
    <message>
        <source>“%1” matches several organisations: %2.</source>
        <translation>“%1” khớp với nhiều tổ chức: %2.</translation>
    </message>
</context>
<context>
    <name>XlsxCellValue</name>
    <message>
        <source>the cell refers to shared string “%1”, which the workbook does not have</source>
        <translation>ô tham chiếu tới chuỗi dùng chung “%1” nhưng sổ tính không có chuỗi này</translation>
    </message>
    <message>
        <source>the cell should hold a number but holds “%1”</source>
        <translation>ô phải chứa số nhưng lại chứa “%1”</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): it is not a ZIP package. If it is an old .xls file, save it as .xlsx in Excel first.</source>
        <translation>“%1” không phải sổ tính Excel (.xlsx): tệp không phải gói ZIP. Nếu đây là tệp .xls cũ, hãy lưu lại thành .xlsx trong Excel trước.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Không mở được “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>“%1” không phải sổ tính Excel hoàn chỉnh: thiếu phần %2.</translation>
    </message>
    <message>
        <source>“%1”: the part %2 would unpack to more than %3 MB, so it is not read.</source>
        <translation>“%1”: phần %2 khi giải nén sẽ lớn hơn %3 MB nên không được đọc.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the part %2 cannot be unpacked (%3).</source>
        <translation>“%1” bị hỏng: không giải nén được phần %2 (%3).</translation>
    </message>
    <message>
        <source>its size is not the one recorded</source>
        <translation>kích thước không khớp với kích thước đã ghi</translation>
    </message>
    <message>
        <source>“%1”, part %2, line %3, column %4: %5.</source>
        <translation>“%1”, phần %2, dòng %3, cột %4: %5.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the part %2 is not well-formed XML at line %3, column %4 (%5).</source>
        <translation>“%1” bị hỏng: phần %2 không phải XML hợp lệ tại dòng %3, cột %4 (%5).</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete: it starts as a ZIP package (as a workbook does) but its table of contents cannot be read. Was it copied or downloaded completely? Save it again from Excel.</source>
        <translation>“%1” bị hỏng hoặc không đầy đủ: tệp bắt đầu như một gói ZIP (như mọi sổ tính Excel) nhưng không đọc được mục lục của gói. Tệp đã được sao chép hoặc tải về đầy đủ chưa? Hãy lưu lại tệp từ Excel.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>“%1” has %n sheet(s); there is no sheet number %2.</source>
        <translation>
            <numerusform>“%1” có %n trang tính; không có trang tính số %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: the sheet “%2” is a chart or another kind of sheet, not a table of cells.</source>
        <translation>“%1”: trang tính “%2” là biểu đồ hoặc loại trang tính khác, không phải bảng ô.</translation>
    </message>
    <message>
        <source>“%1” has no sheet of cells.</source>
        <translation>“%1” không có trang tính nào.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>“%1” is not a row number</source>
        <translation>“%1” không phải số dòng</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>“%1” không phải địa chỉ ô</translation>
    </message>
    <message>
        <source>cell %1%2: %3</source>
        <translation>ô %1%2: %3</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells, more than ChiBo reads</source>
        <translation>trang tính có hơn %1 ô, vượt quá số ô ChiBo đọc được</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>the table “%1” has %2 rows and %3 columns; a worksheet holds at most %4 rows and %5 columns.</source>
        <translation>bảng “%1” có %2 dòng và %3 cột; một trang tính chỉ chứa được tối đa %4 dòng và %5 cột.</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2%3: %4</source>
        <translation>trang tính “%1”, ô %2%3: %4</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>“%1” is damaged: the part %2 does not say where the sheet “%3” is.</source>
        <translation>“%1” bị hỏng: phần %2 không cho biết trang tính “%3” nằm ở đâu.</translation>
    </message>
    <message>
        <source>the sheet “%1” has no relationship id</source>
        <translation>trang tính “%1” không có mã quan hệ (relationship id)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>no temporary folder: %1</source>
        <translation>không có thư mục tạm: %1</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start a workbook.</source>
        <translation>thư viện bảng tính không tạo được sổ tính.</translation>
    </message>
    <message>
        <source>the sheet name “%1” was refused.</source>
        <translation>tên trang tính “%1” không được chấp nhận.</translation>
    </message>
</context>
<context>
    <name>YearLock</name>
    <message>
        <source>%1 is not a year that can be locked.</source>
        <translation>%1 không phải là năm có thể khóa.</translation>
    </message>
    <message>
        <source>Locking a year needs the name of the person who locks it.</source>
        <translation>Khóa năm cần có họ tên người khóa.</translation>
    </message>
    <message>
        <source>The classification of %1 is already locked for %2 (by %3 on %4).</source>
        <translation>Xếp loại chất lượng năm %2 của %1 đã được khóa (%3 khóa ngày %4).</translation>
    </message>
    <message>
        <source>Unlocking a year needs the reason and the name of the person who unlocks it.</source>
        <translation>Mở khóa năm cần có lý do và họ tên người mở khóa.</translation>
    </message>
    <message>
        <source>The classification of %1 is locked for %2, above %3; unlock it there.</source>
        <translation>Xếp loại chất lượng năm %2 đã được khóa tại %1, cấp trên của %3; hãy mở khóa tại đó.</translation>
    </message>
    <message>
        <source>The classification of %1 is not locked for %2.</source>
        <translation>Xếp loại chất lượng năm %2 của %1 chưa bị khóa.</translation>
    </message>
    <message>
        <source>Locked the classification of %1 for %2</source>
        <translation>Khóa xếp loại năm %1 của %2</translation>
    </message>
    <message>
        <source>Unlocked the classification of %1 for %2: %3</source>
        <translation>Mở khóa xếp loại năm %1 của %2: %3</translation>
    </message>
</context>
<context>
    <name>YearLockCommand</name>
    <message>
        <source>Lock a year&apos;s classification for an organisation and everything below it.</source>
        <translation>Khóa xếp loại chất lượng của một năm cho một tổ chức và toàn bộ cấp dưới.</translation>
    </message>
    <message>
        <source>Unlock a year&apos;s classification, with the reason (administrators only).</source>
        <translation>Mở khóa xếp loại chất lượng của một năm, kèm lý do (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>Locks the year: its proposals are no longer replaced, no decision is recorded, and the records dated in it are not changed, in the organisation and everything below it.</source>
        <translation>Khóa năm: trong tổ chức và toàn bộ cấp dưới, các đề xuất của năm không còn bị thay thế, không ghi thêm quyết định nào và các bản ghi có ngày trong năm đó không bị thay đổi.</translation>
    </message>
    <message>
        <source>Unlocks a year the organisation itself locked. The lock stays on record with who unlocked it, when and why.</source>
        <translation>Mở khóa một năm do chính tổ chức này đã khóa. Việc khóa vẫn được lưu lại cùng người mở khóa, thời điểm và lý do.</translation>
    </message>
    <message>
        <source>The organisation, by id or name.</source>
        <translation>Tổ chức, theo mã hoặc tên.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>The year classified.</source>
        <translation>Năm được xếp loại.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>NNNN</translation>
    </message>
    <message>
        <source>Your name (default: the user&apos;s login name).</source>
        <translation>Họ tên của bạn (mặc định: tên đăng nhập của người dùng).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>Why the year is unlocked.</source>
        <translation>Lý do mở khóa năm.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>CHỮ</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>Lệnh %1 cần --%2.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025.</source>
        <translation>--year cần một năm, ví dụ 2025.</translation>
    </message>
    <message>
        <source>The classification of %1 is locked for %2.</source>
        <translation>Đã khóa xếp loại chất lượng năm %2 của %1.</translation>
    </message>
    <message>
        <source>The classification of %1 is unlocked for %2; the lock stays on record with the reason.</source>
        <translation>Đã mở khóa xếp loại chất lượng năm %2 của %1; việc khóa vẫn được lưu lại cùng lý do.</translation>
    </message>
</context>
<context>
    <name>YearRecompute</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: chưa ghi gì.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Đang đọc dữ liệu…</translation>
    </message>
    <message numerus="yes">
        <source>Proposing the levels of %n member(s) under %1…</source>
        <translation>
            <numerusform>Đang đề xuất mức xếp loại cho %n đảng viên thuộc %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>không có quy định</translation>
    </message>
    <message>
        <source>Proposals ready.</source>
        <translation>Đã có các đề xuất.</translation>
    </message>
    <message>
        <source>Saving the proposals…</source>
        <translation>Đang lưu các đề xuất…</translation>
    </message>
    <message>
        <source>Proposals saved.</source>
        <translation>Đã lưu các đề xuất.</translation>
    </message>
</context>
<context>
    <name>chibo::AccountEditDialog</name>
    <message>
        <source>The administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Make its administrator: the person who makes the other accounts. Everyone signs in from now on.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản nào. Hãy tạo quản trị viên: người tạo các tài khoản khác. Từ nay mọi người đều phải đăng nhập.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>chibo::AccountsDialog</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>được đăng nhập</translation>
    </message>
</context>
<context>
    <name>chibo::AgendaListModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>chibo::ApplicabilityTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>chibo::AttendanceDelegate</name>
    <message>
        <source>No reason given</source>
        <translation>Không nêu lý do</translation>
    </message>
</context>
<context>
    <name>chibo::AttendanceTableModel</name>
    <message>
        <source>Not recorded</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Không phải dự họp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>chibo::AuditTrailDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>Đang hiển thị %n mục, mới nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2

Hash: %3</source>
        <translation>Trước:
%1

Sau:
%2

Mã băm: %3</translation>
    </message>
    <message numerus="yes">
        <source>The chain of %n entry(ies) is intact. Last hash: %1.</source>
        <translation>
            <numerusform>Chuỗi %n mục còn nguyên vẹn. Mã băm cuối cùng: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside ChiBo:</source>
        <translation>Nhật ký thay đổi đã bị sửa ngoài ChiBo:</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n mục vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-trail.xlsx</source>
        <translation>nhat-ky-thay-doi.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>chibo::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>⚠ Database on a risky drive</source>
        <translation>⚠ Cơ sở dữ liệu nằm trên ổ dễ hỏng</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Nơi lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The daily backup was not made: %1</source>
        <translation>Chưa sao lưu hằng ngày được: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

The current state is backed up first, so this restore can be undone by restoring that backup.</source>
        <translation>Thay toàn bộ dữ liệu trong %1 bằng bản sao lưu %2?

Trạng thái hiện tại được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản sao lưu đó.</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The state before the restore was backed up to %2.</source>
        <translation>Đã khôi phục bản sao lưu %1. Trạng thái trước khi khôi phục đã được sao lưu vào %2.</translation>
    </message>
    <message>
        <source>The backup on closing was not made: %1</source>
        <translation>Chưa sao lưu được khi đóng cửa sổ: %1</translation>
    </message>
</context>
<context>
    <name>chibo::BackupListDialog</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>ChiBo databases (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Cơ sở dữ liệu ChiBo (*.sqlite *.db *.bak);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>chibo::ClassificationPage</name>
    <message>
        <source>Year-end classification</source>
        <translation>Xếp loại chất lượng cuối năm</translation>
    </message>
    <message>
        <source>Year-end classification %1</source>
        <translation>Xếp loại chất lượng cuối năm %1</translation>
    </message>
    <message>
        <source>Locked on %1 by %2: no decision can be recorded for this year.</source>
        <translation>Đã khóa ngày %1 (người khóa: %2): không thể ghi quyết định nào cho năm này.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Choose an organisation in the tree.</source>
        <translation>Hãy chọn một tổ chức trong cây tổ chức.</translation>
    </message>
    <message>
        <source>Computing the proposals…</source>
        <translation>Đang tính các đề xuất…</translation>
    </message>
    <message>
        <source>Proposals computed and saved at %1.</source>
        <translation>Đã tính và lưu các đề xuất lúc %1.</translation>
    </message>
    <message>
        <source>Proposals computed at %1 and shown only: the year is locked.</source>
        <translation>Đã tính các đề xuất lúc %1, chỉ hiển thị, không lưu: năm đã bị khóa.</translation>
    </message>
    <message>
        <source>Proposals computed at %1 and shown only: this session does not record classifications.</source>
        <translation>Đã tính các đề xuất lúc %1, chỉ hiển thị, không lưu: phiên làm việc này không ghi xếp loại.</translation>
    </message>
    <message>
        <source>The proposals were computed but not saved: %1</source>
        <translation>Đã tính các đề xuất nhưng không lưu được: %1</translation>
    </message>
    <message>
        <source>The computation was cancelled; the stored proposals were not changed.</source>
        <translation>Đã hủy việc tính toán; các đề xuất đã lưu không thay đổi.</translation>
    </message>
    <message>
        <source>The proposals could not be computed: %1</source>
        <translation>Không tính được các đề xuất: %1</translation>
    </message>
    <message>
        <source>Record the level the committee decided for the selected member or organisation.</source>
        <translation>Ghi mức xếp loại mà cấp ủy đã quyết định cho đảng viên hoặc tổ chức đang chọn.</translation>
    </message>
    <message>
        <source>Close the year&apos;s classification: no decision can be recorded afterwards.</source>
        <translation>Khép lại xếp loại chất lượng của năm: sau đó không thể ghi thêm quyết định nào.</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>Chưa ghi được quyết định</translation>
    </message>
    <message>
        <source>Lock the year</source>
        <translation>Khóa năm</translation>
    </message>
    <message>
        <source>Lock the %1 classification of %2 and everything below it? No decision can be recorded afterwards, and the records of that year can no longer be changed.</source>
        <translation>Khóa xếp loại chất lượng năm %1 của %2 và toàn bộ cấp dưới? Sau đó không thể ghi thêm quyết định nào và không thể thay đổi các bản ghi của năm đó nữa.</translation>
    </message>
    <message>
        <source>The year was not locked</source>
        <translation>Chưa khóa được năm</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <source>Decided differently from the proposal</source>
        <translation>Quyết định khác với đề xuất</translation>
    </message>
    <message>
        <source>Proposals computed at %1 from the records as they are now; they are saved when you press Compute proposals or record a decision.</source>
        <translation>Đã tính đề xuất lúc %1 theo hồ sơ hiện có; đề xuất chỉ được lưu khi bấm Tính đề xuất hoặc khi ghi một quyết định.</translation>
    </message>
    <message>
        <source>Year-end classification — %1, %2</source>
        <translation>Xếp loại chất lượng cuối năm — %1, năm %2</translation>
    </message>
</context>
<context>
    <name>chibo::ClassificationTableModel</name>
    <message>
        <source>not rated</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>cần quyết định</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation>Đảng viên hoặc tổ chức</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Kết quả cuối cùng</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>chibo::CommitteeGridModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 regular meetings held of %2 months due so far</source>
        <translation>Đã tổ chức %1 buổi sinh hoạt thường kỳ trên %2 tháng phải sinh hoạt tính đến nay</translation>
    </message>
    <message>
        <source>No meeting of this cell was scored with points in the year.</source>
        <translation>Trong năm, chưa có buổi sinh hoạt nào của chi bộ này được chấm điểm.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu dữ liệu</translation>
    </message>
    <message>
        <source>For a decision</source>
        <translation>Cần quyết định</translation>
    </message>
    <message>
        <source>%1 (for a decision)</source>
        <translation>%1 (cần quyết định)</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Loại hình chi bộ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>Meetings held / due</source>
        <translation>Đã họp / phải họp</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tỷ lệ dự họp</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <source>Cell model</source>
        <translation>Mô hình chi bộ</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Mức đề xuất</translation>
    </message>
    <message>
        <source>Decided level</source>
        <translation>Mức quyết định</translation>
    </message>
</context>
<context>
    <name>chibo::CommitteeOverviewPage</name>
    <message>
        <source>Open a database and choose an organisation to compare its cells.</source>
        <translation>Hãy mở cơ sở dữ liệu và chọn một tổ chức để so sánh các chi bộ của tổ chức đó.</translation>
    </message>
    <message>
        <source>The overview cannot be computed: %1</source>
        <translation>Không tính được bảng tổng hợp: %1</translation>
    </message>
    <message>
        <source>All cell types</source>
        <translation>Mọi loại hình chi bộ</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cell(s) in %2</source>
        <translation>
            <numerusform>%1 — %n chi bộ, năm %2</numerusform>
        </translation>
    </message>
    <message>
        <source>criteria of “%1”</source>
        <translation>tiêu chí theo “%1”</translation>
    </message>
    <message>
        <source>classification by “%1”</source>
        <translation>xếp loại theo “%1”</translation>
    </message>
    <message>
        <source>Committee overview</source>
        <translation>Tổng quan đảng ủy</translation>
    </message>
    <message>
        <source>Committee overview — %1, %2</source>
        <translation>Tổng quan đảng ủy — %1, năm %2</translation>
    </message>
</context>
<context>
    <name>chibo::CriteriaFilesModel</name>
    <message>
        <source>%1 (example to adapt)</source>
        <translation>%1 (ví dụ, cần điều chỉnh)</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>không thời hạn</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Có sẵn</translation>
    </message>
    <message numerus="yes">
        <source>Organisations, by year (%n file(s))</source>
        <translation>
            <numerusform>Tổ chức, theo năm (%n tệp)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members, by year (%n file(s))</source>
        <translation>
            <numerusform>Đảng viên, theo năm (%n tệp)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations, by month (%n file(s))</source>
        <translation>
            <numerusform>Tổ chức, theo tháng (%n tệp)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings (%n file(s))</source>
        <translation>
            <numerusform>Buổi sinh hoạt (%n tệp)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>chibo::CriteriaItemsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <source>by grade</source>
        <translation>theo bậc</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>tính tự động</translation>
    </message>
    <message>
        <source>entered: points</source>
        <translation>nhập: điểm</translation>
    </message>
    <message>
        <source>entered: grade</source>
        <translation>nhập: bậc</translation>
    </message>
    <message>
        <source>entered: yes or no</source>
        <translation>nhập: có hoặc không</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>giá trị: %1</translation>
    </message>
    <message>
        <source>from %1 to under %2</source>
        <translation>từ %1 đến dưới %2</translation>
    </message>
    <message>
        <source>points by formula</source>
        <translation>điểm theo công thức</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>điểm thưởng</translation>
    </message>
    <message>
        <source>applies only when</source>
        <translation>chỉ áp dụng khi</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>Quy tắc xếp loại</translation>
    </message>
    <message>
        <source>%1, unless %2</source>
        <translation>%1, trừ khi %2</translation>
    </message>
    <message>
        <source>level to decide</source>
        <translation>mức cần quyết định</translation>
    </message>
    <message>
        <source>level</source>
        <translation>mức</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>Giới hạn mức</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>giới hạn mức</translation>
    </message>
    <message>
        <source>Cases for a person</source>
        <translation>Trường hợp cần người quyết định</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>cần quyết định</translation>
    </message>
    <message>
        <source>Not rated when</source>
        <translation>Không xếp loại khi</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>điều kiện xếp loại</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Hạn mức</translation>
    </message>
    <message>
        <source>at most %1 of %2</source>
        <translation>tối đa %1 số trường hợp đạt %2</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>hạn mức</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Points / level</source>
        <translation>Điểm / mức</translation>
    </message>
    <message>
        <source>Threshold or condition</source>
        <translation>Ngưỡng hoặc điều kiện</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Điều khoản căn cứ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>chibo::CriteriaPage</name>
    <message numerus="yes">
        <source>%n criteria file(s) in use.</source>
        <translation>
            <numerusform>Đang dùng %n tệp tiêu chí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a criteria file to see its legal basis, items and tests.</source>
        <translation>Chọn một tệp tiêu chí để xem căn cứ, các mục và các ca kiểm thử của tệp.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>chưa chạy</translation>
    </message>
    <message>
        <source>No test cases are shipped with this file.</source>
        <translation>Tệp này không kèm theo ca kiểm thử nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are shipped with this file.</source>
        <translation>
            <numerusform>Tệp này kèm theo %n ca kiểm thử.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed (%n fact(s))</source>
        <translation>
            <numerusform>đạt (%n dữ kiện)</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source>%1 of %2 case(s) passed.</source>
        <translation>Đạt %1/%2 ca kiểm thử.</translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation>Đang chạy thử %1</translation>
    </message>
    <message>
        <source>Import a criteria file</source>
        <translation>Nhập tệp tiêu chí</translation>
    </message>
    <message>
        <source>Criteria files (*.json)</source>
        <translation>Tệp tiêu chí (*.json)</translation>
    </message>
    <message>
        <source>“%1” (%2) is installed as %3 and is used from now on.</source>
        <translation>Đã cài đặt “%1” (%2) thành %3; từ nay tệp này được sử dụng.</translation>
    </message>
    <message>
        <source>“%1” is not a criteria file ChiBo can read; nothing was installed.</source>
        <translation>“%1” không phải là tệp tiêu chí mà ChiBo đọc được; chưa cài đặt gì.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not installed: %n problem(s), listed as file:line:column, JSON pointer and message.</source>
        <translation>
            <numerusform>Chưa cài đặt “%1”: có %n lỗi, liệt kê theo dạng tệp:dòng:cột, con trỏ JSON và thông báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The criteria files in force for each cell around %1, by year. A file applies when it is in force for a period of that year and its “applies to” admits the organisation; examples to adapt are left out.</source>
        <translation>Các tệp tiêu chí có hiệu lực đối với từng chi bộ trong phạm vi %1, theo từng năm. Một tệp được áp dụng khi có hiệu lực trong một kỳ của năm đó và mục “áp dụng cho” của tệp bao gồm tổ chức; không tính các tệp ví dụ cần điều chỉnh.</translation>
    </message>
    <message>
        <source>Choose an organisation in the tree to see which criteria files apply to its cells.</source>
        <translation>Chọn một tổ chức trên cây để xem các tệp tiêu chí áp dụng cho các chi bộ của tổ chức đó.</translation>
    </message>
    <message>
        <source>Check a locality&apos;s criteria file against the installed ones and install it.</source>
        <translation>Kiểm tra tệp tiêu chí của địa phương, đối chiếu với các tệp đã cài đặt, rồi cài đặt tệp đó.</translation>
    </message>
    <message>
        <source>Criteria items</source>
        <translation>Các mục tiêu chí</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Criteria files</source>
        <translation>Tệp tiêu chí</translation>
    </message>
    <message>
        <source>Criteria files in use on %1</source>
        <translation>Các tệp tiêu chí đang áp dụng ngày %1</translation>
    </message>
</context>
<context>
    <name>chibo::DecisionDialog</name>
    <message>
        <source>%1 — proposed: %2</source>
        <translation>%1 — đề xuất: %2</translation>
    </message>
    <message>
        <source>no level, a person decides</source>
        <translation>chưa có mức, do người có thẩm quyền quyết định</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This is the proposed level and the proposal needs no decision: choose another level.</source>
        <translation>Đây là mức đã đề xuất và đề xuất này không cần quyết định: hãy chọn mức khác.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Hãy nhập lý do của quyết định.</translation>
    </message>
    <message>
        <source>Give the name and title of the person recording the decision.</source>
        <translation>Hãy nhập họ tên và chức vụ của người ghi quyết định.</translation>
    </message>
</context>
<context>
    <name>chibo::DeletedRecordModel</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Đợt nghỉ</translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Thời điểm xóa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Người xóa</translation>
    </message>
</context>
<context>
    <name>chibo::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>&amp;Year-end classification report…</source>
        <translation>&amp;Báo cáo xếp loại cuối năm…</translation>
    </message>
    <message>
        <source>&amp;Minutes of the open meeting…</source>
        <translation>Biên bản buổi sinh hoạt đang &amp;mở…</translation>
    </message>
    <message>
        <source>&amp;Assessment sheet of the open meeting…</source>
        <translation>&amp;Phiếu đánh giá buổi sinh hoạt đang mở…</translation>
    </message>
    <message>
        <source>Choose an organisation in the tree first.</source>
        <translation>Hãy chọn một tổ chức trong cây tổ chức trước.</translation>
    </message>
    <message>
        <source>Open a meeting on the Meetings page first.</source>
        <translation>Hãy mở một buổi sinh hoạt ở trang Sinh hoạt trước.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>List of &amp;cells recognised under the cell model…</source>
        <translation>Danh sách &amp;chi bộ đạt mô hình chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Register of issued documents…</source>
        <translation>&amp;Sổ đăng ký văn bản đi…</translation>
    </message>
    <message>
        <source>Number in the register</source>
        <translation>Cấp số và vào sổ</translation>
    </message>
    <message>
        <source>Give the document the next number of its type in the committee&apos;s term and record it in the register of issued documents</source>
        <translation>Cấp cho văn bản số tiếp theo của loại văn bản này trong nhiệm kỳ cấp ủy và ghi vào sổ đăng ký văn bản đi</translation>
    </message>
</context>
<context>
    <name>chibo::DocumentRegisterDialog</name>
    <message>
        <source>Register of issued documents — %1</source>
        <translation>Sổ đăng ký văn bản đi — %1</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
</context>
<context>
    <name>chibo::EvidenceTableModel</name>
    <message>
        <source>Record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Meeting, member or target</source>
        <translation>Buổi sinh hoạt, đảng viên hoặc chỉ tiêu</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>chibo::IssuedDocumentModel</name>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Numbered by</source>
        <translation>Người cấp số</translation>
    </message>
</context>
<context>
    <name>chibo::JobRunner</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: chưa ghi gì.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>chibo::MainWindow</name>
    <message>
        <source>No organisation selected</source>
        <translation>Chưa chọn tổ chức</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>About ChiBo</source>
        <translation>Giới thiệu ChiBo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChiBo %1&lt;/h3&gt;&lt;p&gt;Records of Party cell meetings and members, and the assessment of their quality against versioned criteria.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChiBo %1&lt;/h3&gt;&lt;p&gt;Quản lý đảng viên và sinh hoạt chi bộ, đánh giá chất lượng theo các bộ tiêu chí có phiên bản.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ChiBo — %1</source>
        <translation>ChiBo — %1</translation>
    </message>
    <message>
        <source>Criteria files</source>
        <translation>Tệp tiêu chí</translation>
    </message>
    <message>
        <source>Some criteria files have problems and are not used:
%1</source>
        <translation>Một số tệp tiêu chí có lỗi và không được dùng:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria file(s) in use</source>
        <translation>
            <numerusform>Đang dùng %n tệp tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>Records as of %1</source>
        <translation>Dữ liệu tính đến ngày %1</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Làm việc với vai trò %1 (%2)</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Tổ chức mới</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bảng điểm</translation>
    </message>
    <message>
        <source>Committee overview</source>
        <translation>Tổng quan đảng ủy</translation>
    </message>
    <message>
        <source>Year-end classification</source>
        <translation>Xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Import a dataset file</source>
        <translation>Nhập tệp dữ liệu</translation>
    </message>
    <message>
        <source>ChiBo datasets (*.json);;All files (*)</source>
        <translation>Tệp dữ liệu ChiBo (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Đang nhập %1</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Đang đọc và kiểm tra tệp…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy việc nhập dữ liệu; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Imported from %1: %2 organisation(s), %3 member(s), %4 meeting(s).</source>
        <translation>Đã nhập từ %1: %2 tổ chức, %3 đảng viên, %4 buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Export the organisation</source>
        <translation>Xuất dữ liệu tổ chức</translation>
    </message>
    <message>
        <source>ChiBo datasets (*.json)</source>
        <translation>Tệp dữ liệu ChiBo (*.json)</translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation>Đã ghi %1 vào %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>This page shows no table to export.</source>
        <translation>Trang này không có bảng nào để xuất.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n dòng vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingAssessmentPanel</name>
    <message>
        <source>%1 (example form)</source>
        <translation>%1 (biểu mẫu ví dụ)</translation>
    </message>
    <message>
        <source>%1-%2 of %3: %4</source>
        <translation>%1-%2 ngày %3: %4</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Total: %1 of %2 points</source>
        <translation>Tổng: %1/%2 điểm</translation>
    </message>
    <message>
        <source>Not rated: %1</source>
        <translation>Không xếp loại: %1</translation>
    </message>
    <message>
        <source>No level: the rules leave this meeting to the committee&apos;s decision.</source>
        <translation>Chưa có mức: theo quy định, việc xếp loại buổi sinh hoạt này do cấp ủy quyết định.</translation>
    </message>
    <message>
        <source>Proposed level: %1, to be confirmed by a decision</source>
        <translation>Mức đề xuất: %1, cần có quyết định xác nhận</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Xếp loại: %1</translation>
    </message>
    <message>
        <source>• The value entered is not one the rules allow: %1</source>
        <translation>• Giá trị đã nhập không hợp lệ theo quy định: %1</translation>
    </message>
    <message>
        <source>• For a decision: %1</source>
        <translation>• Cần quyết định: %1</translation>
    </message>
    <message>
        <source>%1/%2 (%3 %)</source>
        <translation>%1/%2 (%3 %)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu dữ liệu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingAttendanceWidget</name>
    <message>
        <source>Nobody is expected at this meeting.</source>
        <translation>Không có đảng viên nào phải dự buổi sinh hoạt này.</translation>
    </message>
    <message>
        <source>Present %1/%2 (%3 %), late %4, absent with reason %5, without reason %6</source>
        <translation>Có mặt %1/%2 (%3 %), đến muộn %4, vắng có lý do %5, vắng không lý do %6</translation>
    </message>
    <message>
        <source>Present %1/%2 (%3 %), late %4, absent with reason %5, without reason %6, not recorded yet %7</source>
        <translation>Có mặt %1/%2 (%3 %), đến muộn %4, vắng có lý do %5, vắng không lý do %6, chưa điểm danh %7</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingDetailsWidget</name>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>A member no longer in the cell</source>
        <translation>Đảng viên không còn sinh hoạt tại chi bộ</translation>
    </message>
    <message>
        <source>(%1 minutes)</source>
        <translation>(%1 phút)</translation>
    </message>
    <message>
        <source>(the end is not after the start)</source>
        <translation>(giờ kết thúc không sau giờ bắt đầu)</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingEditor</name>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Meeting of %1, %2</source>
        <translation>Buổi sinh hoạt ngày %1, %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>The cell&apos;s records could not be read, so the meeting cannot be assessed.</source>
        <translation>Không đọc được dữ liệu của chi bộ nên không thể đánh giá buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>No meeting-quality rules in force apply to %1 on %2.</source>
        <translation>Không có quy định đánh giá chất lượng sinh hoạt nào đang có hiệu lực áp dụng cho %1 vào ngày %2.</translation>
    </message>
    <message>
        <source>Assess “%1”</source>
        <translation>Đánh giá “%1”</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>Mở lại buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Why is the meeting reopened? The note is kept in its history.</source>
        <translation>Vì sao mở lại buổi sinh hoạt? Ghi chú được lưu trong lịch sử của buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Resolution and targets</source>
        <translation>Nghị quyết và chỉ tiêu</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>The meeting&apos;s state</source>
        <translation>Trạng thái buổi sinh hoạt</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingListModel</name>
    <message>
        <source>%1/%2 points</source>
        <translation>%1/%2 điểm</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation>Đạt %1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Không xếp loại</translation>
    </message>
    <message>
        <source>For the committee to decide</source>
        <translation>Chờ cấp ủy quyết định</translation>
    </message>
    <message>
        <source>%1 (to be confirmed)</source>
        <translation>%1 (chờ xác nhận)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Xếp loại</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingQualityTexts</name>
    <message>
        <source>Meeting score</source>
        <translation>Điểm sinh hoạt</translation>
    </message>
    <message>
        <source>Meeting criteria met</source>
        <translation>Tỷ lệ tiêu chí sinh hoạt đạt</translation>
    </message>
    <message>
        <source>meeting score by “%1”</source>
        <translation>điểm sinh hoạt theo “%1”</translation>
    </message>
    <message>
        <source>meeting criteria met by “%1”</source>
        <translation>tỷ lệ tiêu chí sinh hoạt đạt theo “%1”</translation>
    </message>
    <message>
        <source>Meeting quality by month: no form in force rates the meetings</source>
        <translation>Chất lượng sinh hoạt theo tháng: không có mẫu đánh giá buổi sinh hoạt nào đang có hiệu lực</translation>
    </message>
    <message>
        <source>Meeting score by month, in percent of the maximum (“%1”)</source>
        <translation>Điểm sinh hoạt theo tháng, tính theo phần trăm điểm tối đa (“%1”)</translation>
    </message>
    <message>
        <source>Meeting criteria met by month, in percent of the criteria judged (“%1”)</source>
        <translation>Tỷ lệ tiêu chí sinh hoạt đạt theo tháng, tính theo phần trăm số tiêu chí được đánh giá (“%1”)</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingTargetsWidget</name>
    <message>
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>What is to be achieved or done?</source>
        <translation>Cần đạt được hoặc thực hiện điều gì?</translation>
    </message>
    <message>
        <source>Add the target “%1”</source>
        <translation>Thêm chỉ tiêu “%1”</translation>
    </message>
    <message>
        <source>Remove the target “%1”? It can be restored from the recycle bin.</source>
        <translation>Xóa chỉ tiêu “%1”? Có thể khôi phục chỉ tiêu này từ thùng rác.</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Remove the target “%1”</source>
        <translation>Xóa chỉ tiêu “%1”</translation>
    </message>
    <message>
        <source>Edit the target “%1”</source>
        <translation>Sửa chỉ tiêu “%1”</translation>
    </message>
</context>
<context>
    <name>chibo::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Buổi sinh hoạt mới</translation>
    </message>
    <message>
        <source>The cell already has a meeting on %1. Record another one that day?</source>
        <translation>Chi bộ đã có buổi sinh hoạt ngày %1. Ghi thêm một buổi khác trong ngày đó?</translation>
    </message>
    <message>
        <source>New meeting on %1</source>
        <translation>Buổi sinh hoạt mới ngày %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Choose a Party cell, or the organisation above it, in the tree.</source>
        <translation>Chọn một chi bộ, hoặc tổ chức cấp trên của chi bộ, trên cây tổ chức.</translation>
    </message>
    <message>
        <source>%1 has no meeting recorded in %2. Choose a date above and press New meeting.</source>
        <translation>%1 chưa có buổi sinh hoạt nào được ghi trong năm %2. Hãy chọn ngày ở trên rồi bấm nút tạo buổi sinh hoạt mới.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation>Chọn một buổi sinh hoạt trong danh sách.</translation>
    </message>
    <message>
        <source>Meetings — %1, %2</source>
        <translation>Sinh hoạt chi bộ — %1, năm %2</translation>
    </message>
</context>
<context>
    <name>chibo::MemberDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation (its parent)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On %1: %2, %3</source>
        <translation>Ngày %1: %2, %3</translation>
    </message>
    <message>
        <source>no cell</source>
        <translation>chưa thuộc chi bộ nào</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Member: %1 (read only)</source>
        <translation>Đảng viên: %1 (chỉ xem)</translation>
    </message>
    <message>
        <source>Edit member: %1</source>
        <translation>Sửa hồ sơ đảng viên: %1</translation>
    </message>
</context>
<context>
    <name>chibo::MemberImportDialog</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import members from a spreadsheet</source>
        <translation>Nhập đảng viên từ bảng tính</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Nhập đảng viên</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet file.</source>
        <translation>Hãy chọn một tệp bảng tính.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1</source>
        <translation>
            <numerusform>%n dòng, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>không có lỗi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Cột của tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message numerus="yes">
        <source>%n status event(s) from the sheet “%1”</source>
        <translation>
            <numerusform>%n biến động tình trạng từ trang “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): statuses that will not be re-created</source>
        <translation>
            <numerusform>%n cảnh báo: tình trạng sẽ không được ghi lại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chibo::MemberImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Lỗi và cảnh báo</translation>
    </message>
</context>
<context>
    <name>chibo::MemberRecordDelegate</name>
    <message>
        <source>open</source>
        <translation>chưa kết thúc</translation>
    </message>
</context>
<context>
    <name>chibo::MemberRecordModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Hình thức sinh hoạt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Self-discovered</source>
        <translation>Tự phát hiện</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>Đã khắc phục</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
</context>
<context>
    <name>chibo::MemberRecordTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add a line and start editing it</source>
        <translation>Thêm một dòng và bắt đầu nhập</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the selected lines (Del)</source>
        <translation>Xóa các dòng đã chọn (Del)</translation>
    </message>
</context>
<context>
    <name>chibo::MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ngày kết nạp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Party age</source>
        <translation>Tuổi đảng</translation>
    </message>
</context>
<context>
    <name>chibo::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) about the organisations below; choose one in the tree to see its own.</source>
        <translation>
            <numerusform>Còn %n vấn đề ở các tổ chức cấp dưới; chọn một tổ chức trên cây để xem các vấn đề của tổ chức đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Tất cả chi bộ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1/%n đảng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, as of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, tính đến ngày %3</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>Chưa chọn tổ chức</translation>
    </message>
    <message>
        <source>&amp;Open member…</source>
        <translation>&amp;Xem hồ sơ đảng viên…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Sửa hồ sơ đảng viên…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Xóa đảng viên</translation>
    </message>
    <message>
        <source>The member is no longer in the database.</source>
        <translation>Đảng viên không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Delete %1? The record and the member&apos;s dues, leave, discipline and assignments go to the recycle bin, from where they can be restored.</source>
        <translation>Xóa %1? Hồ sơ cùng đảng phí, các đợt nghỉ, kỷ luật và phân công của đảng viên sẽ được chuyển vào thùng rác và có thể khôi phục từ đó.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <source>No longer members</source>
        <translation>Không còn sinh hoạt tại đây</translation>
    </message>
    <message>
        <source>Members — %1, as of %2</source>
        <translation>Đảng viên — %1, tính đến ngày %2</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Nhập đảng viên</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were added to %1.</source>
        <translation>
            <numerusform>Đã thêm %n đảng viên vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the member list…</source>
        <translation>Đang tải danh sách đảng viên…</translation>
    </message>
</context>
<context>
    <name>chibo::OrgTreeModel</name>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
</context>
<context>
    <name>chibo::PasswordDialog</name>
    <message>
        <source>A new password for your account %1.</source>
        <translation>Mật khẩu mới cho tài khoản %1 của đồng chí.</translation>
    </message>
    <message>
        <source>A new password for the account %1.</source>
        <translation>Mật khẩu mới cho tài khoản %1.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
</context>
<context>
    <name>chibo::RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Recycle bin — %1</source>
        <translation>Thùng rác — %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>chibo::ScoreCardTreeModel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
</context>
<context>
    <name>chibo::ScorecardPage</name>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Open a database and choose a cell to see its scorecards.</source>
        <translation>Hãy mở cơ sở dữ liệu và chọn một chi bộ để xem các bảng điểm.</translation>
    </message>
    <message>
        <source>The scorecards cannot be computed: %1</source>
        <translation>Không tính được bảng điểm: %1</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (ví dụ)</translation>
    </message>
    <message>
        <source>No meeting in this period.</source>
        <translation>Không có buổi sinh hoạt nào trong kỳ này.</translation>
    </message>
    <message>
        <source>No result in this period.</source>
        <translation>Không có kết quả nào trong kỳ này.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>undetermined: %1</source>
        <translation>chưa xác định: %1</translation>
    </message>
    <message>
        <source>not rated: %1</source>
        <translation>không xếp loại: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n buổi sinh hoạt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n tháng</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n for a decision)</source>
        <translation>
            <numerusform>(%n trường hợp cần quyết định)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2-%3</source>
        <translation>%1 — %2-%3</translation>
    </message>
    <message>
        <source>Open a row to see its indicators.</source>
        <translation>Mở một dòng để xem các chỉ số.</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 điểm</translation>
    </message>
    <message>
        <source>Why not higher:</source>
        <translation>Vì sao chưa đạt mức cao hơn:</translation>
    </message>
    <message>
        <source>“%1”: every criterion is met</source>
        <translation>“%1”: đạt tất cả các tiêu chí</translation>
    </message>
    <message>
        <source>Why not “%1” yet</source>
        <translation>Vì sao chưa đạt “%1”</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bảng điểm</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>chibo::ScorecardTrendCharts</name>
    <message>
        <source>M%1</source>
        <comment>a month on a chart axis: M1 is January</comment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Tỷ lệ dự họp theo tháng</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỷ lệ dự họp</translation>
    </message>
</context>
<context>
    <name>chibo::SessionMenu</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Đăng nhập bằng tài khoản &amp;khác…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
</context>
<context>
    <name>chibo::SetupWizard</name>
    <message>
        <source>A name is required, e.g. Đảng bộ xã Ea Sin</source>
        <translation>Bắt buộc nhập tên, ví dụ: Đảng bộ xã Ea Sin</translation>
    </message>
</context>
<context>
    <name>chibo::SignInDialog</name>
    <message>
        <source>Sign in to %1 with your account.</source>
        <translation>Đăng nhập vào %1 bằng tài khoản của đồng chí.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
</context>
<context>
    <name>chibo::TableExport</name>
    <message>
        <source>Choose a file name ending in .xlsx (a workbook) or .csv.</source>
        <translation>Hãy chọn tên tệp có đuôi .xlsx (sổ tính) hoặc .csv.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files, UTF-8 (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;Tệp CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>chibo::TargetDelegate</name>
    <message>
        <source>The whole cell</source>
        <translation>Cả chi bộ</translation>
    </message>
</context>
<context>
    <name>chibo::TargetTableModel</name>
    <message>
        <source>The whole cell</source>
        <translation>Cả chi bộ</translation>
    </message>
    <message>
        <source>Another member</source>
        <translation>Đảng viên khác</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Target or task</source>
        <translation>Chỉ tiêu hoặc nhiệm vụ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ChiBo — Party cell records</source>
        <translation>ChiBo — hồ sơ chi bộ</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Mở tệp cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>Open the demo database, creating it if missing.</source>
        <translation>Mở cơ sở dữ liệu mẫu, tạo mới nếu chưa có.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Ngôn ngữ: vi hoặc en.</translation>
    </message>
    <message>
        <source>Show the records as of this day.</source>
        <translation>Hiển thị dữ liệu tính đến ngày này.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Lưu ảnh cửa sổ vào TỆP rồi thoát.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Select this organisation (name or id).</source>
        <translation>Chọn tổ chức này (tên hoặc mã).</translation>
    </message>
    <message>
        <source>Show this page: members, meetings, scorecard, committee, classification or criteria.</source>
        <translation>Hiển thị trang: members, meetings, scorecard, committee, classification hoặc criteria.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Tổ chức mới</translation>
    </message>
    <message>
        <source>Show this year on the page (with --page).</source>
        <translation>Hiển thị năm này trên trang (dùng cùng --page).</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first painted window, then quit.</source>
        <translation>In ra số mili giây đến khi cửa sổ được vẽ lần đầu, rồi thoát.</translation>
    </message>
    <message>
        <source>Sign in as this account; the password is read from CHIBO_PASSWORD, else asked for.</source>
        <translation>Đăng nhập bằng tài khoản này; mật khẩu được đọc từ CHIBO_PASSWORD, nếu không thì được hỏi.</translation>
    </message>
</context>
</TS>
