#include "core/checks/tlsstep.h"

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

bool looksLikeTlsModeMismatch(const QString& errorText)
{
    const QString e = errorText.toLower();
    return e.contains(QLatin1String("wrong version number")) || e.contains(QLatin1String("packet length too long"))
        || e.contains(QLatin1String("unknown protocol")) || e.contains(QLatin1String("http request"))
        || e.contains(QLatin1String("record layer failure"));
}

void TlsStep::run()
{
    if (m_ctx.implicitTlsFailure) {
        const Finding f = handshakeFinding(*m_ctx.implicitTlsFailure);
        finish(StepStatus::Fail, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "A secure connection could not be set up.") }, { f });
        return;
    }
    SmtpSession* session = m_ctx.session;
    if (!session || !session->isReady()) {
        skipBecause(StepId::Server, QStringLiteral("tls.skipped"));
        return;
    }
    if (session->tls().encrypted) {
        judgeEncryptedSession();
        return;
    }
    const QString host = m_ctx.settings.shownHost();
    const QString port = QString::number(m_ctx.endpoint.port);
    if (m_ctx.endpoint.security == Security::None) {
        const Finding f = session->capabilities().startTls()
            ? Finding::make(QStringLiteral("tls.not-used"), { host })
            : Finding::make(QStringLiteral("tls.starttls-missing"), { host, port }).withSeverity(Severity::Warning);
        finish(StepStatus::Warn, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "The connection is not encrypted, because security is set to none.") }, { f });
        return;
    }
    if (!session->capabilities().startTls()) {
        finish(StepStatus::Fail, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "%1 offers no encryption on port %2."), { host, port } },
            { Finding::make(QStringLiteral("tls.starttls-missing"), { host, port }) });
        return;
    }
    emit activity({ Ctx, QT_TRANSLATE_NOOP("TlsStep", "Starting encryption (STARTTLS) with %1…"), { host } });
    connect(session, &SmtpSession::finished, this, &TlsStep::onStartTlsFinished, Qt::SingleShotConnection);
    session->startTls();
}

void TlsStep::onStartTlsFinished(bool ok)
{
    if (ok) {
        judgeEncryptedSession();
        return;
    }
    const SessionFailure& failure = m_ctx.session->failure();
    Finding f;
    if (failure.kind == SessionFailure::Kind::StartTlsRejected)
        f = Finding::make(QStringLiteral("tls.starttls-rejected"), { m_ctx.settings.shownHost() }).withReply(failure.reply);
    else
        f = handshakeFinding(failure);
    finish(StepStatus::Fail, { Ctx, QT_TRANSLATE_NOOP("TlsStep", "A secure connection could not be set up.") }, { f });
}

Finding TlsStep::handshakeFinding(const SessionFailure& failure) const
{
    if (!failure.outdatedTlsVersion.isEmpty()) {
        // A second, diagnostic handshake found the old version the server insists on.
        return Finding::make(QStringLiteral("tls.protocol-outdated"), { failure.outdatedTlsVersion })
            .withSeverity(Severity::Error)
            .withDetail({ Ctx, QT_TRANSLATE_NOOP("TlsStep", "This computer already refuses %1, so no secure connection could be set up at all."),
                { failure.outdatedTlsVersion } });
    }
    // Only TLS from the start can meet a plain-text server; after STARTTLS's 220 the server agreed to TLS.
    if (failure.state != SessionState::StartTlsHandshake && looksLikeTlsModeMismatch(failure.detail)) {
        const bool wasImplicit = failure.state == SessionState::TlsHandshake;
        Finding f = Finding::make(QStringLiteral("tls.mode-mismatch"),
            { QString::number(m_ctx.endpoint.port ? m_ctx.endpoint.port : m_ctx.settings.port),
                wasImplicit ? QStringLiteral("STARTTLS") : QStringLiteral("SSL/TLS") });
        return f.withDetail(LocalizedText::verbatim(failure.detail));
    }
    const QString detail = failure.detail.isEmpty() ? failureKindName(failure.kind) : failure.detail;
    return Finding::make(QStringLiteral("tls.handshake-failed"), { m_ctx.settings.shownHost(), detail });
}

QList<Finding> TlsStep::certificateFindings() const
{
    const TlsInfo& tls = m_ctx.session->tls();
    QList<Finding> findings;
    QStringList seen;
    const auto add = [&](const Finding& f) {
        if (!seen.contains(f.id)) {
            seen << f.id;
            findings << f;
        }
    };
    const QSslCertificate leaf = tls.chain.value(0);
    const CertificateWeakness weakness = findCertificateWeakness(tls.chain);
    if (weakness.isWeak()) {
        Finding f = Finding::make(QStringLiteral("tls.certificate-weak"), { m_ctx.settings.shownHost(), weaknessText(weakness) });
        add(tls.verified ? f.withSeverity(Severity::Warning) : f);
    }
    bool selfSigned = false;
    for (const QSslError& e : tls.errors)
        selfSigned = selfSigned || e.error() == QSslError::SelfSignedCertificate || e.error() == QSslError::SelfSignedCertificateInChain;
    for (const QSslError& e : tls.errors) {
        const QSslCertificate cert = e.certificate().isNull() ? leaf : e.certificate();
        switch (e.error()) {
        case QSslError::CertificateExpired:
            add(Finding::make(QStringLiteral("tls.certificate-expired"), { dateText(cert.expiryDate()) }));
            break;
        case QSslError::CertificateNotYetValid:
            add(Finding::make(QStringLiteral("tls.certificate-not-yet-valid"), { dateText(cert.effectiveDate()) }));
            break;
        case QSslError::HostNameMismatch:
            add(Finding::make(QStringLiteral("tls.certificate-hostname-mismatch"), { m_ctx.settings.shownHost(), certificateNames(leaf) }));
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            add(Finding::make(QStringLiteral("tls.certificate-self-signed"), { m_ctx.settings.shownHost() }));
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
                add(Finding::make(QStringLiteral("tls.certificate-untrusted"), { makeControlCharactersVisible(issuer.trimmed()) })
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
    if (m_ctx.mismatchedEndpoint) {
        findings << Finding::make(QStringLiteral("tls.mode-mismatch"),
            { QString::number(m_ctx.endpoint.port), securityLabel(m_ctx.endpoint.security).toString() });
    }
    findings += certificateFindings();
    if (tls.protocolOutdated)
        findings << Finding::make(QStringLiteral("tls.protocol-outdated"), { tls.protocol });
    if (tls.injectedBytes > 0)
        findings << Finding::make(QStringLiteral("tls.starttls-injection"), { QString::number(tls.injectedBytes) });
    const LocalizedText summary = tls.verified
        ? LocalizedText { Ctx, QT_TRANSLATE_NOOP("TlsStep", "The connection is encrypted (%1) and the server's certificate is valid."), { tls.protocol } }
        : LocalizedText { Ctx, QT_TRANSLATE_NOOP("TlsStep", "The connection is encrypted (%1), but the server's certificate could not be trusted."), { tls.protocol } };
    finish(statusFor(findings), summary, findings);
}

} // namespace SmtpDoctor
