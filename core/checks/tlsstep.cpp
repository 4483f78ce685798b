#include "core/checks/tlsstep.h"

#include "core/checks/failurefindings.h"
#include "core/smtp/certificateweakness.h"
#include "core/smtp/smtpsession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSslCertificate>

namespace SmtpDoctor {

namespace {

const char* const Ctx = "TlsStep";

QString certificateNames(const QSslCertificate& cert)
{
    QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    for (const QString& cn : cert.subjectInfo(QSslCertificate::CommonName))
        if (!names.contains(cn))
            names.prepend(cn);
    constexpr int MaxNames = 10; // a certificate may list hundreds; the report names a few
    if (names.size() > MaxNames)
        names = names.mid(0, MaxNames) << QStringLiteral("…");
    // The names come from the server: shown, never interpreted (no escape sequences, no bidi tricks).
    return makeControlCharactersVisible(names.join(QStringLiteral(", ")));
}

QString weaknessText(const CertificateWeakness& w)
{
    if (w.kind == CertificateWeakness::Kind::ShortKey)
        return QCoreApplication::translate("TlsStep", "a %1 key of only %2 bits").arg(w.algorithm, QString::number(w.bits));
    return QCoreApplication::translate("TlsStep", "a signature made with %1, which can be forged").arg(w.algorithm);
}

QString dateText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

void TlsStep::recordOutcome(RunOutcomes& outcomes) const
{
    if (m_ctx.session)
        outcomes.tls.tls = m_ctx.session->tls();
}

quint16 TlsStep::port() const
{
    const ServerOutcome& server = m_ctx.earlier.server;
    return server.endpoint ? server.endpoint->port : m_ctx.settings().port;
}

LocalizedText TlsStep::unencryptedPasswordDetail() const
{
    if (m_ctx.settings().allowInsecure && !m_ctx.settings().user.isEmpty())
        return { Ctx, QT_TRANSLATE_NOOP("TlsStep", "Because you allowed it, SMTP Doctor signs in over this unencrypted connection for this test, so the password travels where others on the network could read it. Your mail program would do the same with these settings.") };
    return { Ctx, QT_TRANSLATE_NOOP("TlsStep", "SMTP Doctor does not send a password over such a connection unless you allow it.") };
}

void TlsStep::run()
{
    const ServerOutcome& server = m_ctx.earlier.server;
    if (server.implicitTlsFailure) {
        const Finding f
            = handshakeFailureFinding(*server.implicitTlsFailure, m_ctx.settings().shownHost(), port());
        finish(StepStatus::Fail, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "A secure connection could not be set up.") }, { f });
        return;
    }
    SmtpSession* session = m_ctx.session;
    if (session && server.startTlsFailure) {
        reportStartTlsFailure(*server.startTlsFailure); // tried while the port was being chosen
        return;
    }
    if (!session || !session->isReady()) {
        skipBecause(StepId::Server);
        return;
    }
    if (session->tls().encrypted) {
        judgeEncryptedSession();
        return;
    }
    const QString host = m_ctx.settings().shownHost();
    const QString port = QString::number(this->port());
    if (server.endpoint && server.endpoint->security == Security::None) {
        Finding f = session->capabilities().startTls()
            ? Finding::make(FindingId::TlsNotUsed, { host })
            : Finding::make(FindingId::TlsStartTlsMissing, { host, port }).withSeverity(Severity::Warning);
        f.withDetail(unencryptedPasswordDetail());
        finish(StepStatus::Warn, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "The connection is not encrypted, because security is set to none.") }, { f });
        return;
    }
    if (!session->capabilities().startTls()) {
        finish(StepStatus::Fail, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "%1 offers no encryption on port %2."), { host, port } },
            { Finding::make(FindingId::TlsStartTlsMissing, { host, port }).withDetail(unencryptedPasswordDetail()) });
        return;
    }
    emit activity({ Ctx, QT_TRANSLATE_NOOP("TlsStep", "Starting encryption (STARTTLS) with %1…"), { host } });
    connect(session, &SmtpSession::finished, this, &TlsStep::onStartTlsFinished, Qt::SingleShotConnection);
    session->startTls();
}

void TlsStep::onStartTlsFinished(bool ok)
{
    if (ok)
        judgeEncryptedSession();
    else
        reportStartTlsFailure(m_ctx.session->failure());
}

void TlsStep::reportStartTlsFailure(const SessionFailure& failure)
{
    const SmtpSession* session = m_ctx.session;
    const QString host = m_ctx.settings().shownHost();
    if (session->tls().encrypted) {
        // The handshake worked and the server then did not go on: its words are the finding (and what
        // the certificate showed is still worth knowing).
        const QString protocol = session->tls().protocol;
        finish(StepStatus::Fail,
            { Ctx,
                QT_TRANSLATE_NOOP(
                    "TlsStep", "The connection was encrypted (%1), but then the server did not go on."),
                { protocol } },
            QList<Finding> { afterHandshakeFinding(failure, host, port(), protocol) }
                + certificateFindings());
        return;
    }
    const Finding f = failure.kind == SessionFailure::Kind::StartTlsRejected
        ? Finding::make(FindingId::TlsStartTlsRejected, { host }).withReply(failure.reply)
        : handshakeFailureFinding(failure, host, port());
    finish(StepStatus::Fail,
        { Ctx, QT_TRANSLATE_NOOP("TlsStep", "A secure connection could not be set up.") }, { f });
}

QList<Finding> TlsStep::certificateFindings() const
{
    const TlsInfo& tls = m_ctx.session->tls();
    QList<Finding> findings;
    QList<FindingId> seen;
    const auto add = [&](const Finding& f) {
        if (!seen.contains(f.id)) {
            seen << f.id;
            findings << f;
        }
    };
    const QSslCertificate leaf = tls.chain.value(0);
    const CertificateWeakness weakness = findCertificateWeakness(tls.chain);
    if (weakness.isWeak()) {
        Finding f = Finding::make(FindingId::TlsCertificateWeak, { m_ctx.settings().shownHost(), weaknessText(weakness) });
        add(tls.verified ? f.withSeverity(Severity::Warning) : f);
    }
    bool selfSigned = false;
    bool onlyTheName = !tls.errors.isEmpty() && !weakness.isWeak();
    for (const QSslError& e : tls.errors) {
        selfSigned = selfSigned || e.error() == QSslError::SelfSignedCertificate || e.error() == QSslError::SelfSignedCertificateInChain;
        onlyTheName = onlyTheName && e.error() == QSslError::HostNameMismatch;
    }
    for (const QSslError& e : tls.errors) {
        const QSslCertificate cert = e.certificate().isNull() ? leaf : e.certificate();
        switch (e.error()) {
        case QSslError::CertificateExpired:
            add(Finding::make(FindingId::TlsCertificateExpired, { dateText(cert.expiryDate()) }));
            break;
        case QSslError::CertificateNotYetValid:
            add(Finding::make(FindingId::TlsCertificateNotYetValid, { dateText(cert.effectiveDate()) }));
            break;
        case QSslError::HostNameMismatch: {
            const QString host = m_ctx.settings().shownHost();
            const QString names = certificateNames(leaf);
            Finding f = Finding::make(FindingId::TlsCertificateHostnameMismatch, { host, names });
            // The names in a certificate are whatever its maker wrote: a name worth typing into the mail
            // program only when an authority this computer trusts vouches for them, that is when the name is
            // all that is wrong. Otherwise whoever made the certificate (an interceptor) would choose the
            // server the password goes to next time.
            if (!onlyTheName)
                f.withExplanation({ Ctx,
                                      QT_TRANSLATE_NOOP("TlsStep",
                                          "You connected to \"%1\", but the server's certificate is made out "
                                          "to: %2. This certificate cannot be trusted either (see the other "
                                          "problems found here), so the names in it prove nothing: anyone "
                                          "can write any name into a certificate that nobody vouches for."),
                                      { host, names } })
                    .withFix({ Ctx,
                        QT_TRANSLATE_NOOP("TlsStep",
                            "Do not change the outgoing server to a name from this certificate. Keep the "
                            "server name your mail provider gives you, and first find out why the "
                            "certificate cannot be trusted: a security program or network device may be "
                            "intercepting the connection, or your company's own certificate may need to be "
                            "installed.") });
            add(f);
            break;
        }
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            add(Finding::make(FindingId::TlsCertificateSelfSigned, { m_ctx.settings().shownHost() }));
            break;
        case QSslError::UnspecifiedError:
            if (weakness.isWeak())
                break; // OpenSSL's "key too small" / "md too weak": named by tls.certificate-weak above
            Q_FALLTHROUGH();
        default:
            if (!selfSigned) {
                const QString issuer = cert.issuerInfo(QSslCertificate::Organization).join(QStringLiteral(", "))
                    + (cert.issuerInfo(QSslCertificate::CommonName).isEmpty() ? QString()
                                                                             : QStringLiteral(" ") + cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
                add(Finding::make(FindingId::TlsCertificateUntrusted, { makeControlCharactersVisible(issuer.trimmed()) })
                        .withDetail(LocalizedText::verbatim(e.errorString())));
            }
            break;
        }
    }
    return findings;
}

void TlsStep::judgeEncryptedSession()
{
    const TlsInfo& tls = m_ctx.session->tls();
    QList<Finding> findings;
    const ServerOutcome& server = m_ctx.earlier.server;
    if (server.mismatchedEndpoint && server.endpoint) {
        findings << Finding::make(FindingId::TlsModeMismatch,
            { QString::number(server.endpoint->port), securityLabel(server.endpoint->security) });
    }
    findings += certificateFindings();
    if (tls.protocolOutdated)
        findings << Finding::make(FindingId::TlsProtocolOutdated, { tls.protocol });
    if (tls.injectedBytes > 0)
        findings << Finding::make(FindingId::TlsStartTlsInjection, { QString::number(tls.injectedBytes) });
    const LocalizedText summary = tls.verified
        ? LocalizedText { Ctx, QT_TRANSLATE_NOOP("TlsStep", "The connection is encrypted (%1) and the server's certificate is valid."), { tls.protocol } }
        : LocalizedText { Ctx, QT_TRANSLATE_NOOP("TlsStep", "The connection is encrypted (%1), but the server's certificate could not be trusted."), { tls.protocol } };
    finish(statusFor(findings), summary, findings);
}

} // namespace SmtpDoctor
