<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>SmtpDoctor::MainWizard</name>
    <message>
        <source>SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
