"""Every Chinese message that the layers below the GUI show to a user, in one place.

Keeping them together lets a later translation replace this module (or wrap it) without hunting
through services. Templates use ``str.format`` fields.
"""

# Field labels, used in validation messages and in column headers.
FIELD_LABELS: dict[str, str] = {
    "name": "名称",
    "short_name": "简称",
    "dean": "院长",
    "party_secretary": "书记",
    "contact_person": "联系人",
    "phone": "联系电话",
    "email": "电子邮箱",
    "teacher_count": "教师人数",
    "student_count": "学生人数",
    "display_order": "排序",
    "duty": "职责",
    "head": "负责人",
    "routes_needs": "承接活动需求",
    "role": "职务",
    "year": "年度",
    "title": "标题",
    "theme": "活动主题",
    "doc_number": "文号",
    "week_start": "活动周首日",
    "week_end": "活动周末日",
    "showcase_date": "集中展示日",
    "showcase_start": "展示开始时间",
    "showcase_end": "展示结束时间",
    "showcase_venue": "展示地点",
    "registration_deadline": "报名截止时间",
    "report_deadline": "总结材料截止时间",
    "award_name": "奖项名称",
    "award_quota": "获奖名额",
    "school_name": "学校名称",
    "office_name": "发文部门",
    "contact_name": "联系人",
    "contact_phone": "联系电话",
    "contact_email": "电子邮箱",
    "contacts": "联系人",
}

REQUIRED = "{label}不能为空"
TOO_LONG = "{label}不能超过{limit}个字"
NOT_A_NUMBER = "{label}“{value}”不是整数"
NEGATIVE = "{label}不能为负数（填写的是 {value}）"
TOO_LARGE = "{label}“{value}”太大，不能超过 {limit}"
BAD_PHONE = "{label}“{value}”格式不正确：应为手机号（如 13800138000）或带区号的座机（如 028-37330356，分机写作 028-37330356转8001）"
BAD_EMAIL = "{label}“{value}”不是有效的电子邮箱地址"
DUPLICATE_COLLEGE = "本年度已有名为“{name}”的学院"
DUPLICATE_DEPARTMENT = "本年度已有名为“{name}”的部门"
DUPLICATE_EDITION = "{year}年度的活动周已经存在"
BAD_ROLE = "职务“{value}”无效，应为 组长、副组长 或 成员"
WEEK_ORDER = "活动周末日（{end}）不能早于首日（{start}）"
SHOWCASE_OUTSIDE_WEEK = "集中展示日（{day}）应在活动周 {start} 至 {end} 之内"
SHOWCASE_TIME_ORDER = "展示结束时间（{end}）应晚于开始时间（{start}）"
REPORT_BEFORE_WEEK_END = "总结材料截止时间（{deadline}）应在活动周结束（{end}）之后"
QUOTA_TOO_SMALL = "获奖名额至少为 1（填写的是 {value}）"
YEAR_RANGE = "年度 {value} 不在 2000–2100 之间"

COLLEGE_NOT_FOUND = "找不到这个学院（可能已被删除）"
DEPARTMENT_NOT_FOUND = "找不到这个部门（可能已被删除）"
MEMBER_NOT_FOUND = "找不到这位领导小组成员（可能已被删除）"
EDITION_NOT_FOUND = "找不到这个年度的活动周（可能已被删除）"
COLLEGE_HAS_DEPENDENTS = "不能删除学院“{name}”：还有 {what}。请先删除或改到其他学院名下。"
DEPENDENT_ITEM = "{count} {unit}{label}"

DB_NOT_SQLITE = "“{path}”不是 VocWeek 数据库（也不是 SQLite 文件），文件未做任何改动。"
DB_NOT_OURS = "“{path}”是其他程序的 SQLite 数据库，不是 VocWeek 数据库，文件未做任何改动。"
DB_CORRUPT = "数据库“{path}”已损坏：{detail}。文件未做任何改动，请使用备份。"
DB_NEWER = "数据库“{path}”由更新版本的职教周工作台创建（结构版本 {revision}），本程序无法打开。请升级程序；文件未做任何改动。"
DB_UNKNOWN_REVISION = "数据库“{path}”的结构版本 {revision} 无法识别，文件未做任何改动。"
DB_MISSING = "数据库文件“{path}”不存在。"
DB_EXISTS = "文件“{path}”已存在；如确需覆盖，请加 --force。"
DB_MIGRATION_FAILED = "升级数据库“{path}”失败：{detail}。数据库保持原样，升级前的备份在“{backup}”。"
DB_FK_BROKEN = "升级后发现 {count} 处外键引用失效（{tables}），已撤销升级。"
DB_SAME_FILE = "不能把数据库另存为它自己。"
DB_NOT_A_FILE = "“{path}”不是文件。"
DB_EMPTY_FILE = ("“{path}”是空文件（0 字节），还不是 VocWeek 数据库，文件未做任何改动。"
                 "可以在这里新建数据库（窗口：文件 → 新建数据库；命令行：vocweek demo），或打开其他数据库。")
DB_NO_TABLES = "“{path}”是没有任何表的 SQLite 文件，还不是 VocWeek 数据库，文件未做任何改动。"
DB_READ_ONLY = ("数据库“{path}”是只读的（文件或它所在的文件夹没有写入权限），无法修改。"
                "请复制到可以写入的文件夹，或请管理员开放写入权限。")
DB_WRITE_FAILED = "无法写入数据库“{path}”：{detail}。本次修改没有写入。"
DB_IO_ERROR = "读写出错（磁盘、U 盘或网络共享出了问题）"
DB_BUSY = "数据库“{path}”正被其他程序写入，等待超时，本次修改没有写入。请稍后重试。"

CHECK_OK = "正常：{path}，结构版本 {revision}，{editions} 个年度，{colleges} 个学院"
CHECK_FAILED = "异常：{path}：{detail}"

# Activities (issue 3).
ACTIVITY_LABELS: dict[str, str] = {
    "organiser": "组织单位",
    "title": "活动名称",
    "category": "活动类别",
    "theme_day": "主题日",
    "first_date": "活动日期",
    "last_date": "结束日期",
    "start_time": "开始时间",
    "end_time": "结束时间",
    "venue": "活动地点",
    "off_campus": "校内/校外",
    "form": "线上/线下",
    "audience": "面向对象",
    "expected_teachers": "预计参与教师数",
    "expected_students": "预计参与学生数",
    "expected_public": "预计参与公众数",
    "actual_teachers": "实际参与教师数",
    "actual_students": "实际参与学生数",
    "actual_public": "实际参与公众数",
    "enterprises": "合作企业",
    "person_in_charge": "负责人",
    "phone": "联系电话",
    "need_power": "用电需求",
    "need_it": "信息设备需求",
    "need_security": "安保需求",
    "need_media": "宣传拍摄需求",
    "description": "活动简介",
    "status": "状态",
}
FIELD_LABELS.update({k: v for k, v in ACTIVITY_LABELS.items() if k not in FIELD_LABELS})
BAD_CHOICE = "{label}“{value}”无效，应为：{choices}"
ACTIVITY_DATE_ORDER = "结束日期（{last}）不能早于活动日期（{first}）"
ACTIVITY_TIME_ORDER = "结束时间（{end}）应晚于开始时间（{start}）"
ACTIVITY_NOT_FOUND = "找不到这条活动（可能已被删除）"
ORGANISER_REQUIRED = "请选择组织单位（学院或部门）"
ORGANISER_UNKNOWN = "组织单位“{name}”不在本年度的学院或部门名单中"

# Overview (概览, issue 3): the week's warnings.
OVERVIEW_EMPTY_DAY = "{day}没有安排任何活动（通知要求“天天有活动”）"
OVERVIEW_NO_OFFLINE = "{college}没有线下活动（{count} 项活动均为线上）"
OVERVIEW_NO_LIVE_ACTIVITY = "{college}没有有效活动（报名的活动均已取消），也就没有线下活动"
OVERVIEW_NOT_REGISTERED = "{college}尚未报名任何活动（截止 {deadline}，{when}）"
OVERVIEW_NOT_REGISTERED_NO_DEADLINE = "{college}尚未报名任何活动"
OVERVIEW_TIME_LEFT = "距截止还有 {duration}"
OVERVIEW_OVERDUE = "已逾期 {duration}"
OVERVIEW_DEADLINE_PASSED = "已截止"
OVERVIEW_LATE = "{college}的报名表逾期 {duration}提交（收到于 {received}，截止 {deadline}）"
OVERVIEW_OUTSIDE_WEEK = "{count} 项活动的日期不在活动周（{start}至{end}）之内"
DURATION_DAYS_HOURS = "{days} 天 {hours} 小时"
DURATION_DAYS = "{days} 天"
DURATION_HOURS = "{hours} 小时"
DURATION_MINUTES = "{minutes} 分钟"
DURATION_UNDER_A_MINUTE = "不到 1 分钟"
CHART_FORMAT = "图表只能保存为 PNG、PDF 或 SVG 文件，不能保存为“{name}”"

# Tolerant cell parsers of the 附件1 import (domain/parsing.py, parse_dates.py, parse_times.py); {value} is the cell text
# as written.
PARSE_DATE_INVALID = "日期“{value}”无效"
PARSE_DATE_UNKNOWN = "日期“{value}”无法识别，请写成 5月13日 或 2024-05-13"
PARSE_DATE_NO_MONTH = "日期“{value}”缺少月份，请写成 5月13日"
PARSE_DATE_AMBIGUOUS = "日期“{value}”有歧义（{first} 还是 {second}？），请写成 5月13日"
PARSE_DATE_HAS_TIME = "日期“{value}”中含有时间，这一栏只填日期"
PARSE_DATE_IS_RANGE = "“{value}”是一段日期（{first} 至 {last}），这一栏只能填一天"
PARSE_DATE_RANGE_ORDER = "日期“{value}”的结束日期早于开始日期"
PARSE_DATETIME_UNKNOWN = "日期时间“{value}”无法识别，请写成 5月13日 9:30-11:30"
PARSE_TIME_INVALID = "时间“{value}”无效"
PARSE_TIME_UNKNOWN = "时间“{value}”无法识别，请写成 9:30 或 下午3点"
PARSE_TIME_IS_RANGE = "时间“{value}”是一段时间，这一栏只填一个时刻（如 9:30）"
PARSE_COUNT_NOT_NUMBER = "人数“{value}”不是整数，请填写具体数字（如 200）"
PARSE_COUNT_NEGATIVE = "人数“{value}”不能为负数"
PARSE_COUNT_RANGE = "人数“{value}”是一个范围，请填写一个数字"
PARSE_BOOL_UNKNOWN = "“{value}”应填 是 或 否"
PARSE_DATE_WEEKDAY = "日期“{value}”与星期不符：{day}是{weekday}"

# Excel files in and out (issue 3, 附件1): refusals name the file; problems name the sheet and cell.
XLSX_MISSING = "找不到文件“{name}”。"
XLSX_LOCKED = "无法读取“{name}”：文件被占用或没有权限（可能正在 Excel 或 WPS 中打开），请关闭后重试。"
XLSX_EMPTY_FILE = "“{name}”是空文件（0 字节），不是 Excel 工作簿。"
XLSX_NOT_WORKBOOK = "“{name}”不是 Excel 工作簿（.xlsx），无法导入。如果它能用 Excel 或 WPS 打开，请打开后“另存为 .xlsx”再导入。"
XLSX_TEXT_FILE = "“{name}”是网页或文本文件（只是扩展名像 Excel），无法导入。请用 Excel 或 WPS 打开后“另存为 .xlsx”再导入。"
XLSX_OLD_XLS = "“{name}”是旧版 Excel 格式（.xls），无法直接导入。请用 Excel 或 WPS 打开后“另存为 .xlsx”，再导入新文件。"
XLSX_OTHER_FORMAT = "“{name}”是{kind}，不是 .xlsx 工作簿。请用 Excel 或 WPS 打开后“另存为 .xlsx”再导入。"
XLSX_ENCRYPTED = "“{name}”设置了打开密码（文件已加密），无法读取。请在 Excel 或 WPS 中打开并取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后保存，再导入。"
XLSX_CORRUPT = "“{name}”已损坏或不完整，无法读取（{detail}）。请让发送方重新保存后再发送一次。"
XLSX_TOO_BIG = "“{name}”中的“{member}”解压后约 {size} MB，超过上限 {limit} MB，已拒绝读取（疑似压缩炸弹，或不是要导入的表格）。"
XLSX_TOO_BIG_TOTAL = ("“{name}”解压后共约 {size} MB，超过上限 {limit} MB（正常填写的表格不到 1 MB），已拒绝读取。"
                      "请确认发来的文件是否正确，或拆分成几个文件后再导入。")
XLSX_TOO_MUCH_TEXT = ("“{name}”中的文字（共享字符串）解压后约 {size} MB，超过上限 {limit} MB（正常填写的表格不到 1 MB），"
                      "已拒绝读取。请确认发来的文件是否正确，或拆分成几个文件后再导入。")
XLSX_ZIP_BOMB = "“{name}”中的“{member}”压缩比异常（约 {ratio} 倍），疑似压缩炸弹，已拒绝读取。"
XLSX_TOO_MANY_MEMBERS = "“{name}”包含 {count} 个内部文件，超过上限 {limit}，不像正常的工作簿，已拒绝读取。"
XLSX_XML_BOMB = "“{name}”含有不安全的 XML 内容（实体扩展或外部实体，疑似 XML 炸弹），已拒绝读取。"
XLSX_TOO_MANY_ROWS = "“{name}”的工作表“{sheet}”超过 {limit} 行，超出导入上限，请拆分成几个文件后再导入。"
XLSX_BLANK_RUN = "工作表“{sheet}”第 {row} 行之后连续 {count} 多行为空，其后也没有内容：表格读到第 {row} 行为止。"
XLSX_CONTENT_AFTER_BLANKS = ("“{name}”的工作表“{sheet}”第 {last} 行之后连续 {count} 行为空，读取停在第 {stopped} 行，"
                             "但{where}还有内容。请删除中间的空行后重新导入；本文件未导入任何内容。")
XLSX_ROW = "第 {row} 行"
XLSX_MORE_THAN = "{count} 多"
XLSX_FURTHER_DOWN = "更下方"
XLSX_TOO_MUCH_CONTENT = ("“{name}”的工作表“{sheet}”读到第 {row} 行时内容已超过导入上限（要导入的表格不会有这么多内容），"
                         "已拒绝读取。请确认发来的文件是否正确，或拆分成几个文件后再导入。")
XLSX_NO_HEADER = "“{name}”中没有找到活动信息表的表头（至少需要“活动名称”和“活动日期”两列）。请使用教务处下发的模板填写。"
XLSX_OTHER_SHEET = "工作表“{sheet}”也像活动信息表，但一次只导入第一张（“{first}”）；请把活动合并到一张表中。"
XLSX_UNKNOWN_COLUMNS = "以下列不认识，已忽略：{columns}"
XLSX_KEPT_COLUMNS = "以下列不在模板中，其内容写入活动简介，每项一行（如“备注：……”）：{columns}"
XLSX_IGNORED_COLUMNS = "以下列是导出时附带的，导入时不读取：{columns}"
XLSX_DUPLICATE_COLUMN = "“{label}”出现了不止一列（{cells}），只读取第一列 {first}。"
XLSX_SAVE_FAILED = "无法保存“{name}”：{detail}（文件可能正在 Excel 或 WPS 中打开）。"

# Registrations import (活动报名表导入).
IMPORT_NO_COLLEGE = "无法确定学院：请在标题行写“学院：学院名称”，或增加“学院”列，或在导入时选择学院。"
IMPORT_UNKNOWN_COLLEGE = "学院“{name}”不在本年度的学院名单中"
IMPORT_OTHER_COLLEGE = "工作簿写的是“{named}”，与所选学院“{selected}”不一致；将按“{selected}”导入。"
IMPORT_OTHER_YEAR = "工作簿标题写的是 {named} 年，而当前年度是 {year} 年，请确认没有拿错文件。"
IMPORT_OUTSIDE_WEEK = "日期 {first}{last} 不在活动周（{start} 至 {end}）之内，仍可导入，导入后会标出。"
IMPORT_HAS_ERRORS = "有 {count} 行存在错误，未导入任何内容。请改正后重新导入，或选择“跳过错误行”只导入正确的行。"
IMPORT_FILE_ERRORS = "文件存在问题，无法导入：{detail}"
IMPORT_BATCH_FAILED = "写入“{name}”时出错：{detail}。本次的 {count} 个文件都没有导入，数据库没有改动。"
IMPORT_STALE_UID = "行ID与第 {row} 行相同（可能是复制行时带上了隐藏的行ID），本行按新活动处理。"
IMPORT_RESTORED = "对应的活动在回收站中，导入后将恢复。"
IMPORT_NOTHING = "“{name}”的活动信息表中没有活动。"
IMPORT_CANCELLED = "已取消导入，数据库没有任何改动。"
IMPORT_ROW_ERRORS_HEADER = "问题"
IMPORT_RECEIVED_BAD = "收到时间“{value}”无效，应写成 2024-05-10 17:30"
IMPORT_COLLEGE_DUPLICATE = "第 {first} 行与第 {row} 行是同一学院“{name}”"
COLLEGE_IMPORT_NO_HEADER = ("“{name}”中没有找到学院名单的表头。表头应在前 30 行中，写有“学院名称”（也可写作{aliases}），"
                            "以及{columns}中的至少一列。")
IMPORT_COLLEGE_MATCHED = "“{name}”是已有的学院“{college}”，按它更新（学院名称不变）"
EXPORT_NO_TASKS = "没有需要各部门承接的活动需求（用电、信息设备、安保、宣传拍摄均未勾选）。"
TEMPLATE_EXAMPLE_TITLE = "示例：智能制造技能展示与职业体验（导入时自动忽略本行）"
XLSX_NOT_AN_ACTIVITY = "{sheet}!{cell}：“{text}”不像一项活动（表格下方的备注或签名），已忽略"
XLSX_NOT_DATA = "{sheet}!{cell}：“{text}”不像表格中的一行（表格下方的备注或签名），已忽略"
XLSX_NO_COLUMN = "表头第 {row} 行没有“{label}”列，无法导入。"
IMPORT_MORE_NOTES = "……另有 {count} 条提示未列出"
PASTE_SOURCE = "剪贴板"
PASTE_EMPTY = "剪贴板中没有可粘贴的表格内容"
PASTE_ONLY_HEADER = "剪贴板中只有表头，没有活动行"
PASTE_NO_COLLEGE = "无法确定学院：请在预览上方选择学院，或在粘贴的内容中加上“学院”列。"
# (end of Excel messages)

# The import preview (dialog and command line): what each form calls itself and its rows.
IMPORT_ACTIVITIES_TITLE = "导入活动信息表"
IMPORT_COLLEGES_TITLE = "导入学院名单"
UNIT_ROWS = "行"
UNIT_COLLEGES = "个学院"
PREVIEW_EMPTY = "（空）"
PREVIEW_DATE = "日期"
PREVIEW_TIME = "时间"
PREVIEW_VENUE = "地点"
PREVIEW_OLD_ORGANISER = "原组织单位"
IMPORT_ERRORS_HINT = "有错误的行不会导入。请改正后重新导入，或勾选下方“跳过有错误的行”，只导入正确的行。"
IMPORT_ERRORS_HINT_COLLEGE = ("有错误的行不会导入。请让学院改正后重新导入（可“导出问题行”发给学院），"
                              "或勾选下方“跳过有错误的行”，只导入正确的行。")

# Summaries of an import (preview and result) and of the check command.
SUMMARY_ROWS = "新增 {added} 行，更新 {updated} 行，未变 {unchanged} 行"
SUMMARY_MISSING = "，文件中已没有的原有活动 {count} 行"
SUMMARY_ERRORS = "，有错误 {count} 行"
SUMMARY_DELETED = "，删除（移入回收站） {count} 行"
SUMMARY_SKIPPED = "，跳过有错误的 {count} 行"
SUMMARY_COLLEGES = "新增 {added} 个学院，更新 {updated} 个，未变 {unchanged} 个"
CHECK_BEHIND = "{revision}（待升级到 {head}）"
DB_EMPTY = "空数据库（尚未建立表结构）"

# One writer per database file.
LOCK_HOLDER = "{user} 在 {host} 上的{purpose}（进程 {pid}，自 {since} 起）"
DB_LOCKED = "数据库“{path}”正在被使用：{holder}。两处同时修改会互相干扰，请先在那里关闭它。"
LOCK_PURPOSE_WINDOW = "职教周工作台窗口"
LOCK_PURPOSE_CLI = "命令行导入"
LOCK_PURPOSE_DEMO = "命令行新建演示数据库"
LOCK_PURPOSE_UPGRADE = "数据库结构升级"
LOCK_PURPOSE_COPY = "备份写入"
LOCK_UNREADABLE = "锁文件“{path}”无法识别（{reason}），已当作本机遗留的过期锁接管。"
LOCK_REASON_EMPTY = "文件是空的"
LOCK_REASON_GARBLED = "内容不是有效的锁信息"
LOCK_REASON_NO_PID = "缺少进程号"
LOCK_REASON_BAD_PID = "进程号“{pid}”无效"
LOCK_REASON_NO_PERMISSION = "没有读取权限"
LOCK_REASON_OS = "无法读取：{detail}"
LOCK_IS_FOLDER = "数据库的锁文件位置“{path}”是一个文件夹，无法加锁。请确认没有人在使用这个数据库后删除或改名该文件夹，再重试。"
LOCK_CONTESTED = "多个程序正同时争用锁文件“{path}”，未能加锁，请稍后重试。"
WEEK_NOT_IN_YEAR = "活动周首日（{start}）不在{year}年：请核对年度或日期"

# Writing files (vocweek_desktop/files.py): every file the program writes.
WRITE_FAILED = "无法写入“{path}”：{detail}。原有文件（如有）保持不变。"
WRITE_NO_PERMISSION = "没有写入权限（文件夹只读，或文件正在 Excel、WPS 或其他程序中打开）"
WRITE_DISK_FULL = "磁盘空间不足"
WRITE_NO_FOLDER = "文件夹不存在"
WRITE_IS_FOLDER = "这是一个文件夹，不是文件"
WRITE_NOT_A_FOLDER = "路径中应为文件夹的地方是一个文件"

# Who did what (services/audit.py): labels of the recorded actions and records.
AUDIT_ACTIONS: dict[str, str] = {
    "create": "新增", "update": "修改", "delete": "删除", "restore": "恢复", "purge": "彻底删除",
    "import": "导入", "move": "调整顺序", "transition": "状态变更", "lock": "锁定", "unlock": "解锁",
}
AUDIT_ENTITIES: dict[str, str] = {
    "activity": "活动", "college": "学院", "department": "部门", "member": "领导小组成员", "edition": "年度",
    "submission": "提交记录", "booth": "展位", "layout": "场地布局", "outing": "外出申请", "publicity": "宣传报道",
    "score": "评分", "award": "评奖结果", "certificate": "荣誉证书", "judge": "评委", "criterion": "评分标准",
}

# Printed PDFs (io/pdf/): paper, fonts and pictures.
PDF_PAPER_UNKNOWN = "纸张“{name}”无效，应为：{choices}，或以毫米填写宽和高"
PDF_PAPER_SIZE = "纸张尺寸 {width}×{height} 毫米无效：宽和高应在 {low} 到 {high} 毫米之间"
PDF_FONT_UNKNOWN = "字体“{name}”无效，应为：{choices}"
PDF_FONT_MISSING = "本机没有找到可嵌入 PDF 的“{label}”字体，可选：{choices}"
PDF_FONT_LABELS: dict[str, str] = {"fangsong": "仿宋", "simsun": "宋体", "bundled": "霞鹜文楷（内置）"}
IMAGE_MISSING = "找不到图片文件“{name}”。"
IMAGE_UNREADABLE = "无法读取图片“{name}”：{detail}"
IMAGE_INVALID = "“{name}”不是可用的图片（支持 PNG、JPEG、BMP、GIF、TIFF），或文件已损坏。"
IMAGE_TOO_BIG = "图片“{name}”有 {pixels} 万像素（{width}×{height}），超过上限 {limit} 万像素，请缩小后再用。"
IMAGE_TOO_BIG_PIXELS = "图片“{name}”有 {pixels} 万像素，超过上限 {limit} 万像素，请缩小后再用。"
PAGE_NUMBER = "第 {page} 页 / 共 {pages} 页"
PDF_BOX_OFF_PAPER = "“{label}”的位置（x {x}、y {y}、宽 {width}、高 {height} 毫米）不在 {paper_width}×{paper_height} 毫米的纸面内"

# Fields that only the audit trail and the operator's name use.
FIELD_LABELS.update({"operator": "操作人姓名", "need_key": "承接的活动需求", "copied_from": "复制自"})
AUDIT_CHANGE = "{label}：{before} → {after}"
AUDIT_VALUE = "{label}：{value}"
AUDIT_EMPTY = "（空）"
AUDIT_YES = "是"
AUDIT_NO = "否"
AUDIT_COPIED_FROM = "{year}年度"

# Edition settings (domain/edition_settings.py).
SETTING_UNKNOWN = "没有名为“{key}”的年度设置"
SETTING_BAD_VALUE = "{label}的值“{value}”无效"

# Booth layout (展位布局, issue 8): the plaza, its booths and features, the 附件3 map and the layout workbook.
LAYOUT_LABELS: dict[str, str] = {
    "number": "展位号", "x": "X(米)", "y": "Y(米)", "width": "宽(米)", "depth": "深(米)", "rotation": "旋转",
    "kind": "类型", "power": "用电", "tables": "桌数", "chairs": "椅数", "notes": "备注", "college": "学院",
    "grid": "网格(米)", "name": "场地名称", "label": "文字", "plaza_width": "宽度(米)", "plaza_depth": "深度(米)",
}
LAYOUT_NOT_A_NUMBER = "{label}“{value}”不是数字"
LAYOUT_SIZE_NOT_POSITIVE = "{label}必须大于 0（填写的是 {value}）"
LAYOUT_PLAZA_TOO_SMALL = "场地 {width}×{depth} 米比展位（{booth} 米）还小"
LAYOUT_GRID_TOO_LARGE = "网格 {value} 米比场地还大"
LAYOUT_OVERLAP = "展位 {first} 与 {second} 重叠"
LAYOUT_OUTSIDE = "展位 {number} 超出场地范围"
LAYOUT_DOUBLE = "{college}有 {count} 个展位（{numbers}）"
LAYOUT_UNPLACED = "{college}还没有展位"
LAYOUT_NUMBER_TAKEN = "展位号“{number}”已被占用"
LAYOUT_NUMBERS_DUPLICATE = "展位号“{number}”重复"
LAYOUT_NOT_FOUND = "找不到这个展位（可能已被删除）"
LAYOUT_FEATURE_NOT_FOUND = "找不到这个场地设施（可能已被删除）"
LAYOUT_NONE = "本年度还没有展位布局"
LAYOUT_COLLEGE_OTHER_EDITION = "学院不属于本年度"
LAYOUT_SAME_EDITION = "不能从本年度复制布局到本年度"
LAYOUT_ALREADY_HAS_BOOTHS = "本年度的布局已有 {count} 个展位；复制会先清空它们"
LAYOUT_UNMATCHED = "{number}：学院“{name}”在本年度找不到"
LAYOUT_FEATURE_KIND = "设施类型“{value}”无效，应为：{choices}"
LAYOUT_BACKGROUND_SCALE = "底图比例（米/像素）必须大于 0（填写的是 {value}）"
LAYOUT_OPACITY = "底图不透明度应在 0 到 1 之间（填写的是 {value}）"
LAYOUT_MAP_FORMAT = "位置分布图只能保存为 PDF 或 PNG 文件，不能保存为“{name}”"
LAYOUT_DPI = "分辨率 {value} DPI 无效，应在 50 到 1200 之间"
LAYOUT_MAP_TITLE = "{year}年职教周学院集中展示位置分布图"
LAYOUT_MAP_WHEN = "展示时间：{day} {start}–{end}    地点：{venue}"
LAYOUT_MAP_WHEN_NO_TIME = "展示时间：{day}    地点：{venue}"
LAYOUT_MAP_SCALE = "比例尺 1:{scale}"
LAYOUT_MAP_NORTH = "北"
LAYOUT_MAP_LEGEND = ("展位号", "学院", "联系人", "联系电话")
LAYOUT_MAP_LEGEND_TITLE = "展位与学院对照表"
LAYOUT_MAP_LEGEND_MORE = "展位与学院对照表（续）"
LAYOUT_WORKBOOK_PLAZA = "场地"
LAYOUT_WORKBOOK_BOOTHS = "展位"
LAYOUT_IMPORT_TITLE = "导入展位布局"
LAYOUT_IMPORT_NO_HEADER = "“{name}”中没有找到展位表的表头（至少需要“展位号”和“X(米)”列）。"
LAYOUT_IMPORT_NO_PLAZA = "“{name}”中没有“场地”工作表，或其中没有 宽度(米)、深度(米)"
LAYOUT_IMPORT_DUPLICATE = "第 {first} 行与第 {row} 行的展位号都是“{name}”"
LAYOUT_IMPORT_PLAZA_CELL = "场地!{cell}：{text}"
LAYOUT_SUMMARY = "新增 {added} 个展位，更新 {updated} 个，未变 {unchanged} 个"
LAYOUT_SUMMARY_MISSING = "，文件中已没有的展位 {count} 个"
UNIT_BOOTHS = "个展位"
LAYOUT_NEEDS_TITLE = "{year}年职教周集中展示展位需求清单（后勤处）"
LAYOUT_NEEDS_HEADER = ("展位号", "学院", "用电", "桌数", "椅数", "备注")
LAYOUT_NEEDS_TOTAL = "合计"
LAYOUT_NEEDS_COUNT = "{count} 个展位"
AUDIT_ENTITIES.update({"booth": "展位", "layout": "展位布局", "feature": "场地设施"})
FIELD_LABELS.update({k: v for k, v in LAYOUT_LABELS.items() if k not in FIELD_LABELS})

# Task lists: the showcase day's booths below a department's tasks.
TASK_BOOTH_POSITION = "位置 x {x} 米、y {y} 米"
TASK_BOOTH_FURNITURE = "用电；桌 {tables} 张、椅 {chairs} 把"
TASK_BOOTH_UNASSIGNED = "（未分配）"

# Award scoring and certificates (评奖打分, issue 11).
AWARD_RULE_TOTAL = "评委对某学院的总分 = 该评委各项评分之和；回避、尚未评分以及只评了部分项目的不计入。"
AWARD_RULE_FINAL = "学院最终得分 = 各评委总分的平均分；评分评委达到 {threshold} 位及以上时，先去掉一个最高分和一个最低分。"
AWARD_RULE_TIES = ("最终得分按四舍五入保留两位小数比较；得分相同时，依次比较该学院在{order}上的平均分"
                   "（按各项都评了分的全部评委平均，去掉最高分、最低分的评委也算在内，同样保留两位小数）；"
                   "仍然相同的并列同一名次（如 1、2、2、4）。")
AWARD_RULE_NO_BREAKER = "（未设置比较项目）"
AWARD_RULE_FLAGS = "评分评委少于 {minimum} 位的学院予以标注"
AWARD_RULE_SPREAD = "；评委总分最高与最低相差超过 {limit} 分的学院予以标注"
AWARD_RULE_QUOTA = ("按名次取前 {quota} 名建议获奖；并列名次跨越名额线时，名额线以后不作建议，由教务处在并列的学院中"
                    "按名称选定；确认后评分和结果即锁定。")
AWARD_FLAG_UNSCORED = "尚无评委评分"
AWARD_FLAG_FEW_JUDGES = "仅 {count} 位评委评分（少于 {minimum} 位）"
AWARD_FLAG_SPREAD = "评委总分相差 {spread} 分（最高 {high}，最低 {low}），超过 {limit} 分"
AWARD_FLAG_INCOMPLETE = "{count} 份评分只评了部分项目，未计入"
AWARD_TIE_NO_BREAKER = "最终得分与{others}相同（{final}），未设置比较项目，并列"
AWARD_TIE_BROKEN = "最终得分与{others}相同（{final}），按单项平均分比较：{compared}"
AWARD_TIE_SHARED = "最终得分与{others}相同（{final}），单项平均分（{compared}）与{same}也相同，并列"
AWARD_NO_TIE_TO_SETTLE = "没有跨越名额线的并列名次，不需要选定学院"
AWARD_TIE_NEEDS_CHOICE = "名额线上有并列：请从 {names} 中选定 {count} 个学院"
AWARD_CHOICE_NOT_TIED = "“{name}”不在名额线上的并列学院中（并列的是：{names}）"
AWARD_CHOICE_COUNT = "需要从并列的 {names} 中选定 {count} 个学院，选了 {chosen} 个"
AWARD_RUBRIC_ALL_ZERO = "评分标准各项分值之和为 0：至少一项的分值要大于 0"
AWARD_SCORE_NOT_NUMBER = "“{label}”的得分“{value}”不是数字"
AWARD_SCORE_NEGATIVE = "“{label}”的得分“{value}”不能为负数"
AWARD_SCORE_TOO_HIGH = "“{label}”的得分“{value}”超过满分 {maximum}"
AWARD_SCORE_NOT_HALF = "“{label}”的得分“{value}”只能是整数或 .5（半分）"
AWARD_MAX_POINTS_BAD = "分值“{value}”无效：应为 0 到 {limit} 之间的整数或 .5"
AWARD_ABSTAIN_NEEDS_REASON = "回避时请填写回避理由（如：评委来自该学院）"
CERT_TEXT_BRACES = "“{label}”的文字中有不成对的大括号 {{ }}"
CERT_TEXT_PLACEHOLDER = "“{label}”中的“{name}”不是可用的占位符（可用：{choices}）"
CERT_FIELD_NOT_NUMBER = "“{label}”的{what}“{value}”不是数字"
CERT_FIELD_PARTS: dict[str, str] = {"x": "左边距 x", "y": "上边距 y", "width": "宽度", "height": "高度",
                                    "size": "字号", "min_size": "最小字号"}
CERT_FONT_SIZE = "“{label}”的{what} {value} 磅不在 {low}–{high} 磅之间"
CERT_MIN_OVER_SIZE = "“{label}”的最小字号不能大于字号"
AWARD_CRITERION_HEADER = "{name}（满分{maximum}）"
AWARD_LOCKED = "评奖结果已确认并锁定，不能再修改评分、评分标准或评奖规则；如确需修改，请先解锁（需填写理由）。"
AWARD_ALREADY_LOCKED = "评奖结果已经确认并锁定。"
AWARD_NOT_LOCKED = "评奖结果尚未确认，不需要解锁。"
AWARD_NOTHING_SCORED = "还没有任何学院得到评分，无法确认结果。"
AWARD_UNLOCK_NEEDS_REASON = "解锁需要填写理由（将记入修改记录）。"
AWARD_CONFIRMED_SUMMARY = "确认评奖结果：{names}"
AWARD_UNLOCKED_SUMMARY = "解锁评奖结果：{reason}"
AWARD_SCORE_SUMMARY = "{judge} → {college}"
AWARD_CRITERION_DUPLICATE = "评分标准中已有“{name}”"
AWARD_CRITERION_NOT_FOUND = "找不到这项评分标准（可能已被删除）"
AWARD_MAX_BELOW_SCORES = "分值 {maximum} 低于已给出的最高得分 {highest}：请先修改这些评分"
AWARD_JUDGE_DUPLICATE = "本年度已有名为“{name}”的评委"
AWARD_JUDGE_NOT_FOUND = "找不到这位评委（可能已被删除）"
AWARD_JUDGE_COLLEGE_UNKNOWN = "评委所在学院不在本年度的学院名单中"
AWARD_JUDGE_SCORED_OWN = "评委“{judge}”已为{college}评分；来自该学院的评委应回避，请先清除这些评分"
AWARD_OWN_COLLEGE = "评委“{judge}”来自{college}，应回避，不能为该学院评分"
AWARD_OWN_COLLEGE_REASON = "评委来自该学院"
AWARD_ABSTAINED_NO_SCORE = "评委“{judge}”对{college}已回避，不能评分；如需评分请先取消回避"
AWARD_SHEET_IMPORT_TITLE = "导入评分表"
AWARD_SHEET_FILE = "{year}年{award}评分表-{judge}"
AWARD_SHEET_TITLE = "{year}年职业教育活动周“{award}”评分表"
AWARD_SHEET_HINT = ("说明：每项得分在 0 到满分之间，可填半分（如 27.5）；各项满分：{maxima}。每个学院一行：要么各项都评分，要么在“回避”"
                    "填“是”并写明回避理由（如评委来自该学院）。整行留空表示尚未评分。请勿改动学院名称和隐藏列。")
AWARD_SHEET_NO_HEADER = "“{name}”中没有找到评分表的表头（至少需要“学院”列和各评分项目列）。请使用导出的评分表填写。"
AWARD_SHEET_SUMMARY = "新评分 {added} 个学院，修改 {updated} 个，未变 {unchanged} 个"
AWARD_SHEET_SUMMARY_MISSING = "，此前已评分、文件中留空的学院 {count} 个"
AWARD_SHEET_DUPLICATE = "第 {first} 行与第 {row} 行是同一学院“{name}”"
AWARD_SHEET_EMPTY = "“{name}”中还没有任何评分（各行均为空）。"
AWARD_SHEET_JUDGE_UNKNOWN = "“{name}”是评委“{judge}”的评分表，但本数据库中没有这位评委（可能已被删除，或来自另一个数据库）。"
AWARD_SHEET_OTHER_EDITION = "“{name}”是 {year} 年度评委“{judge}”的评分表，当前年度是 {current} 年，未导入。"
AWARD_SHEET_NO_JUDGE = "“{name}”中找不到评委编号，标题中的评委“{judge}”也不在本年度的评委名单中。请使用导出的评分表。"
AWARD_SHEET_COLLEGE_MOVED = "学院名称“{name}”与本行原来的学院“{college}”不一致（请勿改动学院名称）"
AWARD_SHEET_ABSTAIN_WITH_SCORES = "已填“回避”，本行不应再评分"
AWARD_SHEET_ONLY_COMMENT = "只填了评语，没有评分：请评分，或整行留空（尚未评分）"
AWARD_SHEET_PARTIAL = "“{label}”未评分（本行其他项目已评分；整行留空表示尚未评分）"
AWARD_SHEET_RUBRIC_CHANGED = "预览之后评分标准有变动，请重新导入。"
AWARD_NO_JUDGES = "本年度还没有评委：请先添加评委。"
AWARD_SHEET_SUMMARY_CLEARED = "，清除留空学院的原有评分 {count} 个"
FIELD_LABELS.update({k: v for k, v in {
    "comment": "评语", "abstain": "回避", "reason": "回避理由", "judge": "评委", "college": "学院", "unit": "单位",
    "college_id": "学院编号", "max_points": "分值", "description": "说明", "awarded": "获奖学院",
    "chosen": "选定的并列学院", "finals": "最终得分", "scores": "评分数", "reviews": "评分行数",
}.items() if k not in FIELD_LABELS})
AWARD_IND_LABELS: dict[str, str] = {"offline": "线下活动", "days": "覆盖天数", "participation": "参与率",
                                    "enterprises": "合作企业", "publicity": "宣传报道"}
AWARD_IND_OFFLINE = "{count}（已举办 {held}）"
AWARD_IND_ACTUAL = "实际"
AWARD_IND_PLANNED = "计划"
AWARD_IND_NO_HEADCOUNT = "缺少师生人数"
AWARD_IND_NONE = "（无）"
AWARD_IND_ACTUAL_ROW = "附件2 情况统计表"
AWARD_IND_HEADCOUNT_ROW = "学院师生总数（学院页）"
AWARD_IND_TOTAL_ROW = "合计：{people} 人 / {headcount} 人 = {ratio}"
AWARD_IND_TITLES: dict[str, str] = {
    "offline": "{college}的线下活动", "days": "{college}的活动覆盖活动周各天", "participation": "{college}的师生参与率",
    "enterprises": "{college}的合作企业", "publicity": "{college}的宣传报道",
}
AWARD_IND_SOURCES: dict[str, str] = {
    "offline": "活动报名中该学院形式为“线下”或“线上+线下”、未取消的活动；其中状态为“已举办”的另计。",
    "days": "活动报名中该学院未取消的活动（含线上）所覆盖的活动周日期。",
    "participation_actual": "附件2 情况统计表中填报的参与教师、学生人数，除以教师、学生总数（未填总数时取学院页的人数）。",
    "participation_planned": "尚无附件2 实际人数：按活动报名中各活动的预计参与教师、学生数之和（人次，计划数），"
                             "除以学院页的教师、学生人数。",
    "enterprises": "活动报名中该学院未取消的活动所填的合作企业（同一企业只计一次）。",
    "publicity": "宣传报道中该学院的各条报道，按渠道统计。",
}
CERT_PDF_SUBJECT = "荣誉证书"
CERT_SEAL_LABEL = "印章"
CERT_PRINTER_DEFAULT = "默认打印机"
CERT_CALIBRATION_TITLE = "证书打印校准页"
CERT_CALIBRATION_STEPS = (
    "1. 按 100% 打印本页（打印对话框中不要选“适合页面/缩放”），纸张与证书相同；套打时直接打在证书纸上。",
    "2. 红色十字是各栏目方框的左上角，括号里是它的位置（毫米，从纸的左上角量起）；网格每 10 毫米一条粗线，并标有数字。",
    "3. 用尺从纸的左边量到标“20”的竖线、从纸的上边量到标“20”的横线，都是 20 毫米就不用改；否则新偏移 "
    "X = 本页偏移 X +（20 − 量得的毫米数），Y 同理。例如本页偏移 X 为 0、量得 18.5 毫米：新偏移 X 填 +1.5。",
    "4. 在“荣誉证书”页为这台打印机填好新偏移并保存（命令行用 --offset-x、--offset-y），再打印一次本页核对："
    "两条线都应量得 20 毫米。",
)
CERT_CALIBRATION_NOW = "本页：{printer}，偏移 X {x} 毫米、Y {y} 毫米；纸张 {width}×{height} 毫米。"
CERT_ISSUE_DATE_BAD = "颁发日期“{value}”无效"
CERT_TEMPLATE_SUMMARY = "证书模板"
CERT_NOBODY = "还没有获奖（或建议获奖）的学院：请先完成评分。"
CERT_DRAFT = "样稿"
CERT_PDF_TITLE = "{year}年{award}荣誉证书"
CERT_TEXT_CUT = "第 {page} 页（{college}）：“{label}”的文字缩到最小字号仍放不下，超出部分未打印，请加大方框或减少文字"
CERT_ISSUE_SUMMARY: dict[str, str] = {"issue": "发证 {number}（{college}）", "reissue": "补打 {number}（{college}）"}
CERT_REGISTER_SHEET = "发证登记表"
CERT_REGISTER_TITLE = "{year}年职业教育活动周荣誉证书发证登记表"
CERT_REGISTER_HEADER = ("序号", "证书编号", "获奖单位", "奖项", "名次", "首次发证时间", "发证人", "补打次数",
                        "最近打印时间", "状态")
CERT_REGISTER_VALID = "有效"
CERT_REGISTER_VOID = "结果解锁或变更后未在获奖名单中"
AUDIT_ACTIONS.update({"issue": "发证", "reissue": "补打证书"})
AUDIT_ENTITIES.update({"certificate_template": "证书模板"})
AWARD_DROPPED: dict[str, str] = {"high": "（去掉最高）", "low": "（去掉最低）"}
AWARD_CELL_ABSTAINED = "回避"
AWARD_CELL_PARTIAL = "不完整"
AWARD_CELL_UNSCORED = "未评"
AWARD_SHEET_STATES: dict[str, str] = {"scored": "已评", "partial": "不完整", "unscored": "未评", "abstained": "回避"}
AWARD_TRIMMED_NOTE = "（去高低）"
AWARD_STATUS_AWARDED = "获奖"
AWARD_STATUS_PROPOSED = "建议获奖"
AWARD_STATUS_TIED = "并列待定"
AWARD_LOCK_LINE = "结果已确认并锁定：{at}，{by}"
AWARD_UNCONFIRMED_LINE = "结果尚未确认（草稿）"
AWARD_EXPORT_FORMAT = "评分结果只能导出为 Excel（.xlsx）或 PDF（.pdf），不能保存为“{name}”"
AWARD_RESULT_TITLE = "{year}年职业教育活动周“{award}”评分结果"
AWARD_SHEET_RESULT = "评分结果"
AWARD_SHEET_RULE = "评奖规则"
AWARD_PDF_RULE = "一、评奖规则"
AWARD_PDF_RANKING = "二、排名"
AWARD_PDF_UNCONFIRMED = "未确认"
CERT_CLI_NEEDS_OUT = "请用 --out 指定输出的 PDF 文件"

# After the week (issue 10): submissions, 附件2 情况统计表, publicity, the week's report.
SUBMISSION_EXTRA_KINDS_LABEL = "学院需提交的其他材料"
SUBMISSION_STATE_TIPS: dict[str, str] = {
    "未交": "尚未提交，还未到截止时间", "已交": "已按时提交", "逾期": "已过截止时间，仍未提交",
    "延期": "已批准延期，尚未提交", "补交": "在截止时间之后提交",
}
REMINDER_GREETING = "【{year}年职教周材料提醒】{college}：以下材料尚未提交，请抓紧报送："
REMINDER_DUE = "（截止 {deadline}）"
REMINDER_EXTENDED = "（已延期至 {until}）"
REMINDER_OVERDUE = "（截止 {deadline}，已逾期，请尽快补交）"
REMINDER_SEND = "请发送至{office}{contact}。谢谢！"
PUBLICITY_LABELS: dict[str, str] = {
    "channel": "渠道", "title": "标题", "link": "链接", "published_on": "发布日期", "college": "学院",
    "activity": "相关活动", "notes": "备注", "level": "级别",
}
PUBLICITY_BAD_LINK = "链接“{value}”不是网址（应以 http:// 或 https:// 开头）"
PUBLICITY_BAD_DATE = "发布日期“{value}”无效"
STATISTICS_LABELS: dict[str, str] = {
    "title": "活动名称", "category": "活动类别", "first_date": "计划日期", "held": "实际举办",
    "actual_first_date": "实际日期", "actual_teachers": "参与教师(人次)", "actual_students": "参与学生(人次)",
    "actual_public": "社会公众(人次)", "actual_enterprises": "参与企业", "media_reports": "媒体报道(篇)",
    "actual_notes": "备注", "status": "状态", "added_after": "报名后新增",
    "teacher_total": "教师总数", "student_total": "学生总数", "teachers_participating": "参与教师人数",
    "students_participating": "参与学生人数", "college": "学院",
}
STATISTICS_COUNT_NOT_HELD = "活动未举办，{label}不应填写（填写的是 {value}）"
STATISTICS_MOVED_NO_DATE = "实际举办为“改期”，请填写实际日期"
STATISTICS_NEW_NO_DATE = "新增的活动请填写实际日期"
STATISTICS_MOVED_SAME_DATE = "实际举办为“改期”，但实际日期 {day} 与计划日期相同"
STATISTICS_ABOVE_HEADCOUNT = "{label} {value} 超过了{total_label} {total}（人数不是人次，不能超过总人数）"
FIELD_LABELS.update({"channel": "渠道", "link": "链接", "published_on": "发布日期", "notes": "备注",
                     "kind": "材料", "received_at": "收到时间", "until": "延期至", "reason": "原因",
                     "file_name": "文件名", "sha256": "SHA-256", "size": "大小（字节）"})
FIELD_LABELS.update({k: v for k, v in STATISTICS_LABELS.items() if k not in FIELD_LABELS})
AUDIT_ENTITIES.update({"submission": "材料提交", "extension": "材料延期", "participation": "学院参与人数"})
SUBMISSION_NO_FILE = "找不到文件“{name}”。"
SUBMISSION_IS_FOLDER = "“{name}”是一个文件夹，请选择其中的文件（或先压缩成一个 .zip 文件）。"
SUBMISSION_UNREADABLE = "无法读取“{name}”：{detail}"
SUBMISSION_EMPTY = "“{name}”是空文件（0 字节），没有记录。"
SUBMISSION_CHANGED = "“{name}”在复制时被改动了，没有记录；请等文件保存完毕后再试。"
SUBMISSION_UNKNOWN_KIND = "材料种类“{kind}”不认识，应为：{kinds}"
SUBMISSION_KIND_IN_USE = "材料种类“{kind}”已有提交记录，不能删去"
SUBMISSION_DUPLICATE = "这个文件已经记录过：{college}的{kind}“{name}”（收到于 {received}）"
SUBMISSION_OTHER_YEAR = "文件名“{name}”写的是 {years} 年，而当前年度是 {year} 年，请确认没有拿错文件。"
SUBMISSION_OTHER_COLLEGE = "文件名“{name}”写的是“{other}”，不是“{college}”，请确认没有拿错文件。"
SUBMISSION_NOT_FOUND = "找不到这条提交记录（可能已被删除）"
SUBMISSION_FILE_MISSING = "“{name}”已不在管理文件夹中（{path}），可能被手动移走或删除了。"
SUBMISSION_REGISTRATION_NOTE = "附件1 导入：新增 {added} 行，更新 {updated} 行"
SUBMISSION_EXTENSION_EARLY = "延期后的截止时间（{until}）应晚于原截止时间（{deadline}）"
STATISTICS_IMPORT_TITLE = "导入情况统计表"
STATISTICS_NO_HEADER = "“{name}”中没有找到附件2 情况统计表的表头（至少需要“活动名称”和“实际举办”两列）。请使用教务处下发的模板填写。"
STATISTICS_NO_TOTALS = "没有找到学院汇总表的表头（需要“参与教师人数”等列）。"
STATISTICS_EMPTY = "“{name}”的情况统计表中没有活动。"
STATISTICS_SUMMARY = "新增活动 {added} 项，更新 {updated} 项，未变 {unchanged} 项"
STATISTICS_NO_TOTALS_SHEET = "工作簿中没有“{sheet}”工作表，学院参与人数（教师、学生人数）不会更新。"
STATISTICS_TOTALS_EMPTY = "“{sheet}”工作表中没有填写人数，学院参与人数不会更新。"
STATISTICS_TOTALS_ONE_ROW = "“{sheet}”工作表中有不止一行，只读取第 {row} 行。"
STATISTICS_TOTALS_OTHER_COLLEGE = "{sheet}!{cell}：学院写的是“{named}”，将按“{college}”导入。"
STATISTICS_HEADCOUNT_DIFFERS = "{sheet}!{cell}：{label} {value} 与学院名单中的 {known} 不同，本年度参与率按统计表的 {value} 计算。"
STATISTICS_ROW_OTHER_COLLEGE = "这一行是“{college}”的活动（见隐藏的行ID），不属于本表的学院"
STATISTICS_ROW_GONE = "这一行对应的活动已被删除（在回收站中），请先恢复或删去这一行"
STATISTICS_NEW_NOT_HELD = "报名表中没有这项活动，又未举办：无需填写，请删去这一行"
STATISTICS_NEW_ACTIVITY = "报名表中没有“{title}”，将作为报名后新增的活动（{category}）加入"
STATISTICS_CATEGORY_DEFAULT = "新增活动没有填写活动类别，按“其他”处理"
STATISTICS_MOVED = "改期：计划 {planned}，实际 {actual}"
STATISTICS_OUTSIDE_WEEK = "实际日期 {day} 不在活动周（{start} 至 {end}）之内"
STATISTICS_PLANNED_VS_HELD = "计划 {planned} 项：如期举办 {held} 项，改期 {moved} 项，取消 {cancelled} 项，未填写 {silent} 项；报名后新增 {new} 项"
STATISTICS_SILENT = "以下 {count} 项已报名的活动在统计表中没有填写，导入后仍为“计划”：{titles}"
PUBLICITY_NO_HEADER = "“{name}”中没有找到宣传报道表的表头（至少需要“渠道”和“标题”两列）。"
PUBLICITY_NOT_FOUND = "找不到这条宣传报道（可能已被删除）"
PUBLICITY_ACTIVITY_OTHER_COLLEGE = "活动“{activity}”不是{college}的活动"
PUBLICITY_ACTIVITY_UNKNOWN = "找不到活动“{name}”（或有同名活动），相关活动留空"
PUBLICITY_IMPORT_TITLE = "导入宣传报道"
UNIT_PUBLICITY = "条"
PUBLICITY_SUMMARY = "新增 {added} 条报道，更新 {updated} 条，未变 {unchanged} 条"
PUBLICITY_DUPLICATE = "第 {first} 行与第 {row} 行是同一篇报道（{name}）"
PASTE_ONLY_HEADER_ROWS = "剪贴板中只有表头，没有数据行"
REPORT_FORMAT = "总结报告只能保存为 PDF（.pdf）或 Excel（.xlsx）文件，不能保存为“{name}”"
REPORT_DEPARTMENTS = "职能部门"
REPORT_NONE = "（无）"
REPORT_INTRO = "{title}于{start}至{end}举行，{colleges} 个学院参加，报名活动 {planned} 项，实际举办 {held} 项。以下数据由各学院报送的活动信息表（附件1）、情况统计表（附件2）及宣传报道记录汇总而成。"
REPORT_ACTIVITIES = "实际举办活动 {held} 项（其中改期 {moved} 项、报名后新增 {added} 项），取消 {cancelled} 项；活动周 {total_days} 天中有 {days} 天举办了活动。"
REPORT_PEOPLE = "参与活动的教师 {teachers} 人次、学生 {students} 人次、社会公众 {public} 人次。"
REPORT_RATIO_NOTE = ("参与率 = 参与人数 ÷ 总人数（人数，不是人次），按各学院情况统计表（附件2）“学院汇总”计算；未报送的学院显示为“—”，"
                     "合计只计已报送的学院。")
REPORT_ENTERPRISES = "共有 {count} 家企业参与了已举办的活动（按情况统计表填报的参与企业，未填报的按报名时的合作企业计）。"
REPORT_OUTINGS = "已批准或已完成的社会服务外出 {count} 次。"
REPORT_PUBLICITY = "宣传报道共 {count} 篇：{levels}。"
REPORT_SUBMISSIONS = "各学院材料提交情况（统计时间 {when}）。"

# Outing approvals (外出审批, issue 9): the request, its states, its rules, its workbook, its slip and lists.
OUTING_LABELS: dict[str, str] = {
    "number": "申请编号", "state": "状态", "college_id": "学院", "college": "学院", "activity_id": "相关活动",
    "activity": "相关活动", "title": "活动名称", "destination": "目的地", "address": "详细地址",
    "departure": "出发时间", "return_at": "返回时间", "teacher_count": "教师人数", "student_count": "学生人数",
    "participants": "参与人员", "lead_teacher": "带队教师", "lead_phone": "带队教师电话", "transport": "交通方式",
    "vehicle_plate": "车牌号", "vehicle_company": "租车公司", "driver": "驾驶员", "insured": "是否购买保险",
    "insurer": "保险公司", "policy_number": "保单号", "safety_plan": "安全预案", "emergency_contact": "紧急联系人",
    "emergency_phone": "紧急联系电话", "papers": "已交材料", "notes": "备注", "received_at": "收到时间",
    "submitted_at": "提交时间", "late_reason": "补办原因", "comment": "意见", "changed": "修改的内容",
    "warnings": "提示", "name": "姓名", "role": "身份", "unit": "班级或单位", "phone": "联系电话",
}
OUTING_STATE_ACTIONS: dict[str, str] = {
    "submit": "提交", "approve": "批准", "return": "退回", "withdraw": "撤回", "complete": "标记为已完成",
    "edit": "修改",
}
OUTING_FORBIDDEN = "申请 {number} 当前为“{state}”，不能{action}：只有{allowed}的申请可以{action}"
OUTING_FINAL = "申请 {number} 当前为“{state}”，已经结束，不能再{action}"
OUTING_NOT_FOUND = "找不到这份外出申请（可能已被删除）"
OUTING_NUMBER_UNKNOWN = "本年度没有编号为“{number}”的外出申请"
OUTING_STATE_UNKNOWN = "状态“{value}”无效，应为：{choices}"
OUTING_PAPERS_MISSING = "申请 {number} 缺少必备材料：{papers}，不能批准"
OUTING_DEPARTED = ("申请 {number} 的出发时间（{departure}）已过，不能直接批准；如确需补办，"
                   "请作为补办审批并填写补办原因")
OUTING_NOT_YET_LEFT = "申请 {number} 的出发时间（{departure}）还没到，不能标记为已完成"
OUTING_RETURN_REASON = "退回申请时必须填写退回原因"
OUTING_LEAD_TIME = "提交时间（{submitted}）距出发（{departure}）不足 {days} 天（按规定应至少提前 {days} 天报备）"
OUTING_LATE_FILING = "补办：{reason}"
OUTING_EDITED_AFTER_APPROVAL = "批准后修改了：{fields}，需重新审批"
OUTING_IMPORTED = "导入申请表“{file}”（收到于 {received}）"
OUTING_RETURN_ORDER = "返回时间（{end}）应晚于出发时间（{start}）"
OUTING_NO_PARTICIPANTS = "参与人员名单为空：请至少填写一名参与人员"
OUTING_COUNT_MISMATCH = "{label}填写为 {given}，但参与人员名单中有 {listed} 名{role}"
OUTING_NO_LEAD_PHONE = "带队教师“{name}”没有填写联系电话"
OUTING_HIRED_VEHICLE = "交通方式为租用车辆时，必须填写{label}"
OUTING_INSURED = "已购买保险时，必须填写{label}"
OUTING_PARTICIPANT_ROW = "参与人员第 {row} 行：{message}"
OUTING_ROLE_BAD = "身份“{value}”无效，应为 教师 或 学生"
OUTING_COLLEGE_OTHER_EDITION = "所选学院不属于本年度"
OUTING_ACTIVITY_OTHER = "所选相关活动不属于该学院"
OUTING_ACTIVITY_UNKNOWN = "相关活动“{name}”不在该学院本年度的活动中，将不关联活动"
OUTING_PAPER_UNKNOWN = "材料“{value}”无效，应为：{choices}"
OUTING_IMPORT_TITLE = "导入外出活动申请表"
OUTING_IMPORT_NO_FORM = "“{name}”中没有找到外出活动申请表（至少需要“学院”和“活动名称”两项）。请使用教务处下发的模板填写。"
OUTING_IMPORT_NO_PARTICIPANTS = "“{name}”中没有“参与人员”工作表，或其中没有“姓名”和“身份”两列"
OUTING_DATETIME_NO_TIME = "{label}“{value}”缺少时刻，请写成 5月15日 8:00"
OUTING_IMPORT_NUMBER_NEW = "申请编号“{number}”在本年度找不到：将作为新申请导入，编号由系统另行分配"
OUTING_TEMPLATE_TITLE = "{year}年职教周外出活动申请表"
OUTING_TEMPLATE_NOTE = ("填写说明：带 * 的项目必须填写；出发、返回时间写成 2024-05-15 08:00 或 5月15日 8:00；"
                        "参与人员名单填在第二张工作表“参与人员”中，身份填 教师 或 学生；已附材料填 是 或 否。"
                        "申请编号由教务处填写，重新报送时请保留。外出前须经教务处审批同意。")
OUTING_PARTICIPANTS_TITLE = "{year}年职教周外出活动参与人员名单"
OUTING_PARTICIPANTS_NOTE = "每行一人；身份填 教师 或 学生；学生可不填电话。灰色示例行导入时自动忽略。"
OUTING_IMPORT_CLOSED = "申请 {number} 当前为“{state}”，已经结束，不能再导入更新"
OUTING_IMPORT_FILE_COLLEGE = "申请表写的是“{named}”，而申请 {number} 属于“{college}”"
OUTING_SUMMARY = "新增 {added} 份申请，更新 {updated} 份，未变 {unchanged} 份"
OUTING_SUMMARY_MISSING = ""
UNIT_OUTINGS = "份申请"
OUTING_FORM_SHEET = "外出活动申请表"
OUTING_PARTICIPANT_SHEET = "参与人员"
OUTING_SLIP_TITLE = "外出活动审批表"
OUTING_UNAPPROVED_MARK = "未批准"
OUTING_SECURITY_TITLE = "{year}年职教周外出活动名单（保卫处）"
OUTING_SECURITY_EMPTY = "（暂无已批准的外出活动）"
OUTING_DECISIONS: dict[str, str] = {
    "submit": "提交", "resubmit": "重新提交", "approve": "批准", "approve_late": "批准（补办）", "return": "退回",
    "withdraw": "撤回", "complete": "完成", "reopen": "批准后修改，待重新审批",
}
OUTING_BATCH_DONE = "已批准 {count} 份申请"
OUTING_SETTING_LEAD_DAYS = "外出申请至少提前天数"
OUTING_SETTING_PAPERS = "外出申请必备材料"
AUDIT_ENTITIES.update({"outing": "外出申请"})
# The phone checks (validation.check_phone) name a field by FIELD_LABELS: the outing's phones get theirs.
FIELD_LABELS.update({"lead_phone": "带队教师电话", "emergency_phone": "紧急联系电话", "participant_phone": "联系电话"})

# The overview's warnings about outings (概览).
OVERVIEW_OUTING_MISSING = "{college}的校外活动“{title}”（{day}）还没有已批准的外出申请"
OVERVIEW_OUTING_SOON = "外出申请 {number}（{college}，{title}）将于 {departure} 出发，还有 {duration}，当前为“{state}”"
OVERVIEW_OUTING_LEFT = "外出申请 {number}（{college}，{title}）已于 {departure} 出发，仍为“{state}”，未经批准"
OVERVIEW_OUTING_OVERDUE = "外出申请 {number}（{college}，{title}）应于 {returned} 返回，已过 {duration}，尚未标记为已完成"
OVERVIEW_OUTING_NOT_CLOSED = "外出申请 {number}（{college}，{title}）应于 {returned} 返回，尚未标记为已完成"

TASK_BOOTHS_TITLE = "集中展示日展位（{details}）"
TASK_BOOTHS_TITLE_PLAIN = "集中展示日展位"

# What a file handed in is called, and the deadline it is due by, in an import's preview (附件1 / 附件2).
RECEIVED_REGISTRATION = "报名表"
DEADLINE_REGISTRATION = "报名截止"
RECEIVED_STATISTICS = "情况统计表"
DEADLINE_REPORT = "总结材料截止"

# What a 附件2's 学院汇总 sheet will write, shown in its preview.
STATISTICS_PARTICIPATION = "学院汇总：参与教师 {teachers} / 教师总数 {teacher_total}{teacher_ratio}；参与学生 {students} / 学生总数 {student_total}{student_ratio}"
STATISTICS_NOT_GIVEN = "未填"

# Outing approvals, found in review.
OUTING_LEAD_DAYS_BAD = "至少提前天数“{value}”无效，应为 {low} 到 {high} 之间的整数"
OUTING_RECEIVED_HINT = ("记为收到这份外出申请的时间，即它的提交时间（距出发不足规定天数时会提示）：请填邮件的发送时间"
                        "（默认是文件的修改时间）。")
OUTING_IMPORT_SAME_CONTENT = ("文件中没有申请编号，按学院、活动名称和出发时间认作已有的申请 {number}"
                              "（同一份申请表再次导入不会重复登记）")
OUTING_FILED_AFTER_DEPARTURE = "提交时间（{submitted}）晚于出发时间（{departure}）：属于事后补报，批准时须作为补办"
OUTING_PEOPLE_FILE_EMPTY = "“{name}”的工作表“{sheet}”中没有人员（姓名一列是空的）"

# Review of issue 11: a college scored in a confirmed (locked) award result is kept.
COLLEGE_SCORED_LOCKED = ("不能删除学院“{name}”：评奖结果已确认并锁定，该学院有评委评分，删除会改变已确认的结果。"
                         "如确需删除，请先在“评奖打分”中解锁。")
CERT_OFFSET_RANGE = "打印机偏移 {axis} “{value}” 毫米超出范围：应在 -{limit} 到 {limit} 毫米之间"
CERT_CLI_NOT_PDF = "证书和校准页只能导出为 PDF：请把 --out 的文件名“{name}”改为以 .pdf 结尾"
