#pragma once

#include <QByteArray>

// A CV whose one position mixes its text as people write it: a paragraph, a label-only
// sub-heading over a list with a nested item, a second sub-heading over a paragraph that
// runs over two lines, and a list after it. The parser, the export and the profile view
// all keep this order.
inline const QByteArray kOrderedPositionCv = "# Tamsin Oyelaran\n\n## Experience\n\n"
                                             "### Platform Engineer, Tidewater Labs (2019 – 2022)\n\n"
                                             "Led the platform group of six.\n\n"
                                             "Achievements:\n\n"
                                             "- Cut deploys from an hour to minutes\n"
                                             "  - by caching the builds\n"
                                             "- Moved the fleet to ARM\n\n"
                                             "Areas:\n\n"
                                             "Payments and ledgers,\nand the audit trail.\n\n"
                                             "- On call for the ledger\n";
