<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Finding</name>
    <message>
        <source>The server does not ask for a password here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not offer sign-in (SMTP AUTH) on this connection. Without signing in, most servers only accept mail for their own users, or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your provider&apos;s sending port, usually 587 with STARTTLS or 465 with SSL/TLS, where sign-in is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants encryption before the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to sign in because the connection was not encrypted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set security to STARTTLS (port 587) or SSL/TLS (port 465) in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was not sent: the connection is not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted, or the server&apos;s identity could not be confirmed, so your password could be read or caught by someone else. SMTP Doctor did not send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the secure connection problem first. Only if you are sure the network is safe (for example a test server) can you allow it with --allow-insecure or the option in the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common way to send the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers these sign-in methods: %1. None of them is one this tool (and most mail programs) can use with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your provider&apos;s help pages for the sign-in method to use. Your provider may require an app password or a sign-in through the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to sign in as &quot;%1&quot;. Either the password is wrong, or the user name is not in the form the provider wants (often the full email address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again carefully (watch Caps Lock). Try your full email address as the user name. If you recently changed your password, update it in your mail program too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider needs an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account uses 2-step verification (or extra security), so the normal password is not accepted by mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an &quot;app password&quot; in your provider&apos;s account security settings and use it in your mail program instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending with a password is turned off for your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has switched off password sign-in for sending mail (SMTP AUTH) for this account or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your email administrator to enable SMTP AUTH for your mailbox, or use a mail program that signs in through the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider accepts only browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only offers sign-in with a token from the provider&apos;s web page (OAuth). A password alone cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mail program that supports &quot;OAuth&quot; / &quot;sign in with browser&quot; for this account, or ask your provider about app passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed for a temporary reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check your password just now. The problem is on the server&apos;s side and usually goes away by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. If it lasts more than an hour, contact your mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name given: sign-in was not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a user name and password this check cannot tell whether the server accepts your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name (often your email address) and password to test sign-in too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check needs &quot;%1&quot; to work first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem shown in &quot;%1&quot;, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer is not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no working network connection, so it cannot reach any mail server. Nothing is wrong with your mail settings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Wi-Fi is on or the network cable is plugged in, and that web pages open. Then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the internet&apos;s address book (DNS) where &quot;%1&quot; is, and got no address back. Most often the name is mistyped; sometimes the network&apos;s DNS is not answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the outgoing server name letter by letter with what your mail provider gives (for example smtp.example.com). If it is right, check that web pages open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s IPv6 address does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a newer IPv6 address and an IPv4 address. Only the IPv4 address answered. Mail programs that try IPv6 first may wait a long time or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing needs changing, because most mail programs fall back to IPv4. If sending is slow or fails, ask your network administrator or internet provider about IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered, but nothing on it accepts mail on port %2. The port number is probably wrong, or the server name belongs to a machine that does not send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port in your mail program&apos;s outgoing server settings. Most providers use 465 (SSL/TLS) or 587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no answer at all within %3 seconds. Either something in between (a firewall, your internet provider, a security program) silently blocks this port, or the server name is not the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try port 587 or 465 instead. If no port answers, check the server name, and ask whoever runs your network whether outgoing mail ports are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection to port %2 was made, but it was closed before the server said hello. A firewall or security program may be cutting it, or the server turned this computer away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, try the other port (465 or 587) and check your security software&apos;s firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on port %2 stays silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to &quot;%1&quot; was accepted, but no mail server greeting came within %3 seconds. The port may expect an encrypted connection from the start, or the server is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your mail program uses port 465, make sure security is set to SSL/TLS; for 587, STARTTLS. Otherwise try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %2 is not a mail sending port (%3 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program that answered on port %2 of &quot;%1&quot; speaks %3, not SMTP. %3 is used for something else, such as receiving mail or web pages, so your mail program cannot send through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the outgoing (SMTP) server port to 587 or 465. The receiving ports (110, 995 for POP3; 143, 993 for IMAP) belong only in the incoming settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server turned the connection away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered, but at once said it will not serve this connection. It may be busy, it may not offer sending here, or it may block your network&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s words below. If it says busy, try again later; if it mentions a block list or your address, contact your mail provider with this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the introduction (EHLO/HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail programs start by introducing themselves. &quot;%1&quot; refused both the modern and the old introduction, so no mail can be sent through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is usually a server or firewall setting. Contact your mail provider or network administrator with this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answers do not follow the mail protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent something that is not a valid mail server reply (garbled, far too long, or never ending). A faulty server, or a device in between that changes the conversation, can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later or through another network. If it persists, give this report to your mail provider or network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %2 does not work, but port %3 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be used on port %2, but it answers properly on port %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your mail program&apos;s outgoing server settings, change the port to %3 and security to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internet provider blocks port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 does not get through, while the sending ports 465 and 587 do. Many providers block port 25 for home connections to stop spam (&quot;Outbound Port 25 Blocking&quot;, OP25B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS or 465 with SSL/TLS, with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall changes the mail conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server says in plain text differs from what it says over an encrypted connection: a device in between (a firewall&apos;s &quot;SMTP inspection&quot; or &quot;mail guard&quot;) hides or rewrites parts of it. This can hide encryption and sign-in from your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS, which such devices cannot read. Ask your network administrator to turn off SMTP/ESMTP inspection for mail sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reading your encrypted mail connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate your computer received was issued by %1, not by the mail server&apos;s authority. The security program opens the encrypted connection to scan it. This can break sending or hide certificate problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, turn off %2, or add your mail server as an exception. Then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy sits between you and the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections from this computer go through a proxy (%1). Mail programs often cannot send through web proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If sending fails, ask your network administrator whether mail ports may go out directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock seems wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s date (%1) does not fit the server&apos;s certificate (valid %2). With a wrong clock, secure connections fail everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the correct date and time (turn on automatic time setting), then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall and antivirus checks are not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version does not yet look for port blocks, firewall inspection or antivirus interception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do. The other steps still tell you whether sending works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you send as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender address &quot;%1&quot;. Servers usually accept only the address that belongs to the account you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your mail program, make the sender (From) address the one of this account, or ask your provider whether you may send as another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server will not pass your mail on (relay denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only delivers mail for outside addresses such as %1 from users who have signed in. Your mail program probably does not sign in, or uses a server that is not your provider&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;My outgoing server requires authentication&quot; (SMTP authentication) with your user name and password, and use your provider&apos;s sending port (587 or 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving side says there is no mailbox for &quot;%1&quot;. Your own settings are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, or ask them for their correct address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts messages only up to a certain size, and this one is bigger (attachments count too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files through a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks you to wait (sending limit or greylisting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server temporarily refused the message: you may have reached a sending limit, or it delays first attempts from new senders (greylisting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a while and send again; mail programs retry by themselves. If it lasts a day, contact your provider about sending limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was refused as possible spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message because of its spam or sender checks (a block list, or the sender domain&apos;s SPF, DKIM or DMARC records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s words below and give them to your mail provider or the domain&apos;s administrator: they can fix block-list entries and the domain&apos;s sender records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was accepted for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took the test message for delivery. Sending works with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do. If the message does not arrive, check the recipient&apos;s spam folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the test message with an error; its words are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this report to your mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message needs &quot;%1&quot; to work first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security setting does not match port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 expects %2, but the connection was tried the other way. The two kinds of encryption are not interchangeable: SSL/TLS encrypts from the first moment (usually port 465), STARTTLS starts plain and then switches (usually port 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your mail program, set security to %2 for port %1 (or use port 465 with SSL/TLS, or 587 with STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not offer STARTTLS on port %2, so your password and mail would travel unencrypted. SMTP Doctor does not send passwords that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS if your provider supports them. If not, ask your provider for a secure way to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; offered STARTTLS, but refused when asked to start it. This is a fault or overload on the server side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or try port 465 with SSL/TLS. If it persists, send this report to your mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer and &quot;%1&quot; could not agree on how to encrypt the connection (technical reason: %2). The server may use very old settings, or something in between interferes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure your system is up to date. Try the other port (465 or 587). If it still fails, send this report to your mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses an outdated encryption version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was encrypted with %1, which is no longer considered safe. Newer mail programs and systems refuse it, so sending may stop working after an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change on your side. Ask your mail provider when they will support TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate that proves the server&apos;s identity was valid only until %1. First check that your computer&apos;s date and time are correct: a wrong clock makes valid certificates look expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your clock is right, the provider must renew the certificate: send them this report. Do not turn off certificate checks in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate only becomes valid on %1. This almost always means your computer&apos;s clock is set to a wrong date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date and time on your computer (turn on automatic time), then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for a different server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You connected to &quot;%1&quot;, but the server&apos;s certificate is made out to: %2. This happens when a provider&apos;s own server name differs from your domain&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name the certificate is for as the outgoing server in your mail program: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-made (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; proves its identity with a certificate it signed itself, which nobody vouches for. Your computer cannot tell it apart from an impostor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a company server, ask IT for the company certificate and install it (or use --ca-file). Otherwise ask the provider to use a proper certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by &quot;%1&quot;, which this computer does not trust, or the server did not send the full chain of certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, install its certificate (or use --ca-file). Otherwise send this report to your mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data before encryption started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After agreeing to STARTTLS, %1 bytes arrived before encryption began. They were thrown away unread. This can be a faulty server or an attempt to tamper with the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS, which is encrypted from the start. Report this to your mail provider or network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is available but not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; offers encryption, but security is set to none, so your password and mail would travel readable by anyone on the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
