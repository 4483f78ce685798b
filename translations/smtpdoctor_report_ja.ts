<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Report</name>
    <message>
        <source>Everything works: use %1, port %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server works: use %1, port %2 with %3. Sign-in was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem was found, but no working settings could be confirmed either.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor %1 report, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1  Port: %2  Security: %3  User: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings to use in your mail program: server %1, port %2, security %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers as a mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with the server (passwords hidden):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
