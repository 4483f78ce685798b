#pragma once

#include <QStringView>

// The words around a reply code that tell whether a number is a server's reply: the keywords and
// header fields that introduce one, and the markers a transcript puts before it.
namespace SmtpDoctor::ReplyWords {

// Header fields whose value may be a reply ("Diagnostic-Code: smtp; 550 ...", "Status: 5.1.1").
bool headerMayHoldReply(QStringView name);

// Words after which a number is a reply: "host x said: 550", "Server Error: 550", "SMTP error 550", and
// glued field names ending in one ("smtpStatus=554", "responseCode: 550").
bool isReplyKeyword(QStringView word);

// A source file's name before a line number ("worker.go:359: ..."): the number is no reply.
bool endsWithSourceFile(QStringView before);

// Japanese words after which a mail program or a bounce quotes the reply ("サーバーの応答：550").
bool isJapaneseReplyWord(QStringView before);

// Only markers before the code: quoting, indentation and the transcript forms of MTAs and mail programs.
bool isLineHead(QStringView prefix);

// A log's arrow for what the server answered: "<= STARTTLS" then "=> 502 ...", or
// "\"RCPT TO:<...>\" => 550 ...".
bool endsWithServerArrow(QStringView prefix);

// A library's exception named after the reply, before its opening parenthesis:
// "SMTPAuthenticationError(550, ...)".
bool isExceptionName(QStringView word);

// "Expected response code 250 but got code 552": the text before the keyword "code" says the number
// is what the program waited for, not what the server answered.
bool namesExpectedCode(QStringView beforeKeyword);

// "error sending message - ", "Failed to authenticate on SMTP server, ", "error occurred while sending
// mail (": a failure's own words, then " - ", ", " or " (" right before a code.
bool endsWithFailureAndSeparator(QStringView prefix);

// "email 1", "message 12", "attempt 3": what a sending program counts, a space and a short count
// (before "could not send email 1: 552 ...").
bool endsWithCountedWord(QStringView before);

// "host mx.example.org said:" (spaces after it allowed): where a delivery report puts the other
// server's reply.
bool endsWithSaid(QStringView before);

} // namespace SmtpDoctor::ReplyWords
