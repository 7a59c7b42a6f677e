#pragma once

#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;

namespace Shortlist {

// The pages of the PDF a profile was imported from, beside the profile read from it, so that
// a reader can check what was read against what the candidate sent. Read from the local file
// only; QtPdf fetches nothing.
class OriginalView : public QWidget
{
    Q_OBJECT

public:
    explicit OriginalView(QWidget *parent = nullptr);

    // Shows the PDF at `path`; an empty path, or one QtPdf cannot open, shows why instead.
    void showDocument(const QString &path);
    QString path() const { return m_path; }
    int pageCount() const;

private:
    QString m_path;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_caption;
};

} // namespace Shortlist
