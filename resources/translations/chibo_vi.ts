<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CharterChecks</name>
    <message numerus="yes">
        <source>%1 has %n full member(s); a cell needs at least 3.</source>
        <translation><numerusform>%1 có %n đảng viên chính thức; chi bộ phải có ít nhất 3 đảng viên chính thức.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has a cell committee but only %n full member(s); a committee is elected only from 9 full members.</source>
        <translation><numerusform>%1 có chi ủy nhưng chỉ có %n đảng viên chính thức; chi bộ có từ 9 đảng viên chính thức trở lên mới bầu chi ủy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n committee seat(s); a cell committee has at most 7.</source>
        <translation><numerusform>%1 có %n chi ủy viên; chi ủy có nhiều nhất 7 thành viên.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots organisation with 30 members or more is a grassroots Party committee.</source>
        <translation><numerusform>%1 có %n đảng viên; tổ chức cơ sở đảng có từ 30 đảng viên trở lên thì lập đảng bộ cơ sở.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s); a grassroots Party committee with fewer than 30 members needs the upper committee's approval.</source>
        <translation><numerusform>%1 có %n đảng viên; đảng bộ cơ sở có dưới 30 đảng viên phải được cấp ủy cấp trên đồng ý.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>Run “chibo-cli COMMAND --help” for a command's options.</source>
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
        <source>Invalid escape sequence in a text: after a backslash “\” only " \ / b f n r t or uXXXX may follow.</source>
        <translation>Chuỗi thoát không hợp lệ: sau dấu gạch chéo ngược “\” chỉ được có " \ / b f n r t hoặc uXXXX.</translation>
    </message>
    <message>
        <source>The text here is not valid UTF-8; save the file with the UTF-8 encoding.</source>
        <translation>Văn bản ở đây không phải UTF-8 hợp lệ; hãy lưu tệp bằng bảng mã UTF-8.</translation>
    </message>
    <message>
        <source>A text is not closed: its closing double quote “"” is missing.</source>
        <translation>Một chuỗi chưa được đóng: thiếu dấu ngoặc kép đóng “"”.</translation>
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
        <source>Last day of the demo's records (default: today).</source>
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
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists; use --force to replace it with a new demo.</source>
        <translation>%1 đã có; dùng --force để thay bằng dữ liệu mẫu mới.</translation>
    </message>
    <message>
        <source>The new demo database was not closed cleanly.</source>
        <translation>Cơ sở dữ liệu mẫu mới chưa được đóng đúng cách.</translation>
    </message>
    <message>
        <source>Could not move the new demo database to %1.</source>
        <translation>Không chuyển được cơ sở dữ liệu mẫu mới tới %1.</translation>
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
    <name>ExportCommand</name>
    <message>
        <source>Export an organisation and everything below it to a dataset file (JSON).</source>
        <translation>Xuất một tổ chức cùng toàn bộ cấp dưới ra tệp dữ liệu (JSON).</translation>
    </message>
    <message>
        <source>Writes the organisation, its subordinate organisations, their members, meetings and all related records as a dataset. The same data always gives the same file. Use - as FILE for standard output.</source>
        <translation>Ghi tổ chức, các tổ chức trực thuộc, đảng viên, các buổi sinh hoạt và mọi bản ghi liên quan thành một tệp dữ liệu. Cùng dữ liệu luôn cho cùng một tệp. Dùng - thay cho TỆP để ghi ra màn hình.</translation>
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
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The file to write (.json), or -.</source>
        <translation>Tệp cần ghi (.json), hoặc -.</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ChiBo</source>
        <translation>ChiBo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Search by name (accents optional)…</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
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
</context>
<context>
    <name>MeetingReader</name>
    <message>
        <source>Could not load the meetings: %1</source>
        <translation>Không tải được các buổi sinh hoạt: %1</translation>
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
    <name>MemberReader</name>
    <message>
        <source>Could not load the members: %1</source>
        <translation>Không tải được danh sách đảng viên: %1</translation>
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
        <source>List an organisation's members, sorted by given name; search ignores accents.</source>
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
        <translation><numerusform>%n đảng viên.</numerusform></translation>
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
    <name>OrganisationReader</name>
    <message>
        <source>Could not load the organisations: %1</source>
        <translation>Không tải được danh sách tổ chức: %1</translation>
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
        <source>List the organisation tree with each organisation's id.</source>
        <translation>Liệt kê cây tổ chức cùng mã của từng tổ chức.</translation>
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
    <name>RowReader</name>
    <message>
        <source>The database holds the value "%1" in column %2, which this version of ChiBo cannot read.</source>
        <translation>Cơ sở dữ liệu có giá trị "%1" ở cột %2 mà phiên bản ChiBo này không đọc được.</translation>
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
    <name>SqlErrors</name>
    <message>
        <source>There is no such record in the database.</source>
        <translation>Không có bản ghi này trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no open transaction to finish.</source>
        <translation>Không có giao dịch nào đang mở để kết thúc.</translation>
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
    <name>SqlMemberRepository</name>
    <message>
        <source>Could not search the members: %1</source>
        <translation>Không tìm kiếm được đảng viên: %1</translation>
    </message>
    <message>
        <source>Could not remove member %1: %2</source>
        <translation>Không xóa được đảng viên %1: %2</translation>
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
    <name>SqlRecordRepository</name>
    <message>
        <source>Could not remove record %1: %2</source>
        <translation>Không xóa được bản ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Summarise an organisation: members, this year's meetings and attendance, Charter checks.</source>
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
    <name>Workspace</name>
    <message numerus="yes">
        <source>The database holds %n top-level organisation(s); name one with --org.</source>
        <translation><numerusform>Cơ sở dữ liệu có %n tổ chức cấp cao nhất; hãy chọn một tổ chức bằng --org.</numerusform></translation>
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
    <name>chibo::MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>Chưa chọn tổ chức</translation>
    </message>
    <message>
        <source>%1 full and %2 probationary members on %3</source>
        <translation>%1 đảng viên chính thức và %2 đảng viên dự bị vào ngày %3</translation>
    </message>
    <message numerus="yes">
        <source> — %n shown</source>
        <translation><numerusform> — đang hiện %n</numerusform></translation>
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
</context>
<context>
    <name>chibo::OrgTreeModel</name>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
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
</context>
</TS>
