// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

Error SqlError::wrap(const QString &sentence, const QSqlError &error)
{
    const QString detail = error.text().trimmed();
    if (detail.isEmpty())
        return Error { sentence };
    return Error { sentence + u" ("_s + detail + u")"_s };
}
