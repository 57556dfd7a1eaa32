// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace chibo {

namespace {

struct Look {
    QStyle::StandardPixmap icon;
    const char* background;
    const char* border;
};

Look lookOf(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info: return {QStyle::SP_MessageBoxInformation, "#e8f1fb", "#7aa7d9"};
    case Diagnostic::Severity::Warning: return {QStyle::SP_MessageBoxWarning, "#fff6d6", "#e0b43c"};
    case Diagnostic::Severity::Error: return {QStyle::SP_MessageBoxCritical, "#fdeaea", "#d9706f"};
    }
    return {QStyle::SP_MessageBoxWarning, "#fff6d6", "#e0b43c"};
}

} // namespace

InlineMessage::InlineMessage(const Diagnostic& finding, QWidget* parent)
    : QFrame(parent)
    , m_finding(finding)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const Look look = lookOf(finding.severity);
    // The class selector keeps the tint off the labels inside.
    setStyleSheet(
        QStringLiteral("chibo--InlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(QLatin1String(look.background), QLatin1String(look.border)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    QString html = finding.message.toHtmlEscaped();
    if (!finding.legalRef.isEmpty())
        html += QStringLiteral(" <span style=\"color:#6b6b6b\">(%1)</span>")
                    .arg(finding.legalRef.toHtmlEscaped());
    m_text->setText(html);
    m_text->setToolTip(finding.message);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
}

QString InlineMessage::text() const
{
    return m_finding.message;
}

} // namespace chibo
