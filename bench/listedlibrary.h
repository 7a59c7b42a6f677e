#pragma once

// The candidate list a window shows, for the benchmarks that load a library: a LibraryLoader
// filling a LibraryModel, sorted by name through a LibraryFilter, in a shown QTableView set up
// as the window's candidate table (ui/library/candidatetable.cpp) is.

#include "library/libraryfilter.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"

#include <QDate>
#include <QHeaderView>
#include <QTableView>

namespace ShortlistBench {

struct ListedLibrary
{
    explicit ListedLibrary(QDate today = QDate(2024, 6, 15))
    {
        loader.setToday(today);
        filter.setLibrary(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setAlternatingRowColors(true);
        view.setShowGrid(false);
        view.setWordWrap(false);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
        view.horizontalHeader()->setStretchLastSection(true);
        view.horizontalHeader()->setDefaultSectionSize(150);
        view.setModel(&filter);
        view.horizontalHeader()->setSortIndicator(Shortlist::LibraryModel::Name, Qt::AscendingOrder);
        view.setSortingEnabled(true);
        view.resize(1280, 800);
        view.show();
    }

    Shortlist::LibraryModel model;
    Shortlist::LibraryFilter filter;
    Shortlist::LibraryLoader loader {&model};
    QTableView view;
};

} // namespace ShortlistBench
