#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace Shortlist {

// Draws a model's HTML (from `role`) in each cell, word-wrapped to the column, with a
// style sheet whose colours come from the view's palette: the comparison's shared and
// unique skills, met, partly met and missed requirements, muted notes.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RichTextDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The style sheet for a palette (public for tests).
    static QString styleSheet(const QPalette &palette);

private:
    void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_role;
};

} // namespace Shortlist
