<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthStep</name>
    <message>
        <source>Sign-in was not tested: no user name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the user name %1 and the password (method %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was not sent, because the connection is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offered sign-in before encryption started, but not after. A device in between may be changing the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Not checked, because &quot;%1&quot; did not work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterferenceStep</name>
    <message>
        <source>Firewall and antivirus checks are not part of this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <source>The server is given as an address (%1), so no name lookup is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name server did not answer within %1 seconds: the network&apos;s DNS seems not to work, rather than the name being wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name server answered that no such name exists, so the name is most likely mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name server could not be asked: the network&apos;s DNS seems not to work, rather than the name being wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer is online and %1 resolves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>none (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.

If you can read it, sending mail with these settings works:
server %1, port %2, security %3.

You can delete this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the test message for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStep</name>
    <message>
        <source>Trying the usual mail ports of %1 (465, 587, 25, 2525)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers on port %2 (%3): &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail port of %1 could be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 does not work; trying the other mail ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be used on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1, technical detail: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Your settings or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your network, provider, firewall or antivirus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail provider&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall and antivirus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsStep</name>
    <message>
        <source>A secure connection could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted, as the settings ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no encryption on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting encryption (STARTTLS) with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted (%1) and the server&apos;s certificate is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted (%1), but the server&apos;s certificate could not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
