/* soften-choice-button.h — one answer of a choice step
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_CHOICE_BUTTON (soften_choice_button_get_type ())

G_DECLARE_FINAL_TYPE (SoftenChoiceButton,
                      soften_choice_button,
                      SOFTEN,
                      CHOICE_BUTTON,
                      GtkToggleButton)

GtkWidget *soften_choice_button_new (const char *text, const char *action_name, GVariant *target);

G_END_DECLS
