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

# Tolerant cell parsers of the 附件1 import (domain/parsing.py); {value} is the cell text as written.
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
TASK_BOOTHS_TITLE = "集中展示日展位（{details}）"
TASK_BOOTHS_TITLE_PLAIN = "集中展示日展位"
