// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheets/SheetTable.h"

#include <QHash>
#include <QString>

#include <optional>

struct lxw_workbook;
struct lxw_format;

namespace chibo {

/// The cell formats of one workbook being written, made on first use and shared by its sheets (the
/// workbook owns them). A format is a role — caption, header, or a body cell of some kind — plus an
/// optional background fill.
class XlsxFormats {
public:
    static constexpr quint32 headerFill = 0xDDEBF7; // light blue, as Excel's own table headers
    static constexpr const char* shareFormat = "0.0%";
    static constexpr const char* dateFormat = "dd/mm/yyyy";

    explicit XlsxFormats(lxw_workbook* workbook);

    lxw_format* caption();
    lxw_format* header();
    /// The format of a body cell of `kind` with `fill` ("#RRGGBB", or "" for none); nullptr when the
    /// cell needs none (plain text or integer without fill).
    lxw_format* cell(SheetValue::Kind kind, const QString& fill);

    /// "#RRGGBB" as libxlsxwriter's colour value; nullopt when `fill` is not of that form.
    static std::optional<quint32> parseColour(const QString& fill);

private:
    lxw_format* make(const QString& key, bool bold, const char* numberFormat, std::optional<quint32> fill);

    lxw_workbook* m_workbook;
    QHash<QString, lxw_format*> m_formats;
};

} // namespace chibo
