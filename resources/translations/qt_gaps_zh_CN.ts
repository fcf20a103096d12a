<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Chinese for texts of Qt's own dialogs that qtbase_zh_CN.qm (shipped with PySide6) lacks: Qt 6 renamed the file
     dialog's labels ("Look in:" became "&Look in:"), and the shipped translation still has the old ones.
     Compile: uv run pyside6-lrelease resources/translations/qt_gaps_zh_CN.ts (writes the .qm beside it). -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
