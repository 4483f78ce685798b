<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>InputValidation</name>
    <message>
        <source>The server name contains a line break or an invisible control character. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the outgoing mail server (for example smtp.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web or other address, not a mail server name. Enter only the server name, such as smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is missing its closing bracket &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; contains a space. Server names have no spaces; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an email address. Enter the server name here, such as smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. A server name looks like smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not possible: a port is a number from 1 to 65535 (mail programs usually use 465 or 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address contains a line break or an invisible control character. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete email address. It should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains a line break or an invisible control character. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
