#pragma once

#include "import/importeddocument.h"

#include <QByteArray>

namespace Shortlist {

// A JSON Resume file (https://jsonresume.org/schema, 1.x) as a house-style markdown CV, field
// for field: what the profile has no field for (volunteering, awards, publications,
// interests, references) becomes a section of its own. JSON that is not a JSON Resume, and
// text that is not JSON, are a problem, never an empty candidate.
ImportedDocument importJsonResume(const QByteArray &bytes);

} // namespace Shortlist
