// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdelegate.h"

#include "pageimport.h"

// Add a row per importer: { &PageImport::accepts, &PageImport::run }. Byline exports never get
// here: ImportCommand handles them first.
const QList<ImportDelegate> &importDelegates()
{
    static const QList<ImportDelegate> delegates { { &PageImport::accepts, &PageImport::run } };
    return delegates;
}
