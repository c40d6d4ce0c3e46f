//! The page and the bars around it. The page is drawn first and the bars
//! after it, into the space they took last frame, so the Tab key and a
//! screen reader meet the page before the bars. A bar that changes height
//! asks egui to draw the frame once more, so nothing ever overlaps.

use egui::{Id, Rect, Sense, Ui, UiBuilder, pos2};

/// A part of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    /// The page of the screen, scrolling.
    Page,
    /// The choices of a task, kept in view below the page.
    Choices,
    /// Back, next, and who to call.
    BottomBar,
    /// App, practice, code, progress, menus.
    TopBar,
}

impl Region {
    fn at_top(self) -> bool {
        self == Region::TopBar
    }

    /// Where a bar sits from its edge inwards: 0 at the window's edge.
    fn stack(self) -> u8 {
        match self {
            Region::Page | Region::BottomBar | Region::TopBar => 0,
            Region::Choices => 1,
        }
    }

    /// A first guess of a bar's height, before it was ever drawn.
    fn guess(self) -> f32 {
        match self {
            Region::Page => 0.0,
            Region::Choices => 110.0,
            Region::BottomBar => 80.0,
            Region::TopBar => 100.0,
        }
    }
}

fn height_id(region: Region) -> Id {
    Id::unique(("bar-height", region))
}

/// Draws the page, then each bar in the order given, which is the order the
/// Tab key follows; where a bar sits is its own (see [`Region::stack`]).
pub fn page_with_bars(ui: &mut Ui, bars: &[Region], mut draw: impl FnMut(&mut Ui, Region)) {
    let full = ui.available_rect_before_wrap();
    let height = |ui: &Ui, r: Region| {
        ui.data(|d| d.get_temp::<f32>(height_id(r)))
            .unwrap_or_else(|| r.guess())
    };
    let mut top = full.top();
    let mut bottom = full.bottom();
    let mut placed: Vec<Region> = bars.to_vec();
    placed.sort_by_key(|r| r.stack());
    let mut rects = Vec::new();
    for region in placed {
        let h = height(ui, region);
        let rect = if region.at_top() {
            let r = Rect::from_min_max(pos2(full.left(), top), pos2(full.right(), top + h));
            top += h;
            r
        } else {
            let r = Rect::from_min_max(pos2(full.left(), bottom - h), pos2(full.right(), bottom));
            bottom -= h;
            r
        };
        rects.push((region, rect));
    }
    let page = Rect::from_min_max(pos2(full.left(), top), pos2(full.right(), bottom.max(top)));
    let mut page_ui = ui.new_child(UiBuilder::new().id_salt("page").max_rect(page));
    egui::Frame::central_panel(ui.style()).show(&mut page_ui, |ui| {
        ui.set_min_size(ui.available_size());
        draw(ui, Region::Page);
    });
    for &region in bars {
        let Some(&(_, rect)) = rects.iter().find(|(r, _)| *r == region) else {
            continue;
        };
        let mut bar_ui = ui.new_child(
            UiBuilder::new()
                .id_salt(("bar", region))
                .max_rect(rect)
                .sense(Sense::hover()),
        );
        let frame = egui::Frame::side_top_panel(ui.style()).show(&mut bar_ui, |ui| {
            ui.set_width(ui.available_width());
            draw(ui, region);
        });
        let used = frame.response.rect.height();
        let painter = ui.painter();
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
        let edge = if region.at_top() {
            rect.top() + used
        } else {
            rect.top()
        };
        painter.hline(full.x_range(), edge, stroke);
        if (used - rect.height()).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(height_id(region), used));
            // A bottom bar is drawn from its top edge: redraw with the right room.
            ui.ctx().request_discard("a bar changed height");
        }
    }
}
