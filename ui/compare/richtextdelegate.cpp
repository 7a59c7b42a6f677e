#include "richtextdelegate.h"

#include "focusframe.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Shortlist {

namespace {

constexpr int kPadding = 6;

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

RichTextDelegate::RichTextDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

QString RichTextDelegate::styleSheet(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor green = dark ? QColor(0x6C, 0xCB, 0x8B) : QColor(0x1E, 0x7B, 0x45);
    const QColor orange = dark ? QColor(0xF0, 0xA8, 0x5A) : QColor(0xB0, 0x5A, 0x00);
    const QColor red = dark ? QColor(0xF2, 0x7A, 0x72) : QColor(0xC0, 0x2B, 0x20);
    return QStringLiteral(".shared { font-weight: bold; background-color: %1; }"
                          ".unique { color: %2; }"
                          ".met { color: %3; } .partly { color: %4; } .missed { color: %5; font-weight: bold; }"
                          ".muted { color: %6; }")
        .arg(cssColor(mixed(base, accent, dark ? 0.35 : 0.2)), cssColor(dark ? accent.lighter(140) : accent.darker(120)),
            cssColor(green), cssColor(orange), cssColor(red), cssColor(palette.color(QPalette::PlaceholderText)));
}

void RichTextDelegate::prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    document.setDefaultFont(option.font);
    document.setDefaultStyleSheet(styleSheet(option.palette));
    document.setDocumentMargin(kPadding);
    document.setHtml(index.data(m_role).toString());
    document.setTextWidth(std::max(40, option.rect.width()));
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    prepare(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
    // The style's frame around the current cell has the colour of the selected column under it.
    if (option.state & QStyle::State_HasFocus)
        drawFocusFrame(painter, option.rect, option.palette, option.state & QStyle::State_Selected, 1);
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        opt.rect.setWidth(view->visualRect(index).width());
    QTextDocument document;
    prepare(document, opt, index);
    return {int(std::ceil(document.idealWidth())), int(std::ceil(document.size().height()))};
}

} // namespace Shortlist
