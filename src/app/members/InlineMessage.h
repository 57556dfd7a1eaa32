// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostic.h"

#include <QFrame>

class QLabel;

namespace chibo {

/// One finding shown in line with the form it is about (Qt has no KMessageWidget): a tinted frame with
/// a coloured mark for the severity, the message, and the legal reference when there is one.
class InlineMessage : public QFrame {
    Q_OBJECT

public:
    explicit InlineMessage(const Diagnostic& finding, QWidget* parent = nullptr);

    const Diagnostic& finding() const { return m_finding; }
    QString text() const;

private:
    Diagnostic m_finding;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace chibo
