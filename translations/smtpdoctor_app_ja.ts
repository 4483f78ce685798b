<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ExplainCommand</name>
    <message>
        <source>&quot;explain&quot; is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::CheckCommand</name>
    <message>
        <source>Checks why mail cannot be sent and prints a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 1-65535, or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the password stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the system keychain after a successful sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send a short test message to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow signing in over an unencrypted or unverified connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for any answer, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation preset file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the outgoing mail server with --host NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;: use auto, tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options --keychain, --remember and --preset are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
