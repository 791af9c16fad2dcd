//! The UI's words in Korean and English.
//!
//! Every piece of interface text is a [`Text`] variant, so a missing
//! translation is a compile error rather than a blank on screen. The
//! lesson's own page text (what Django templates render) is not here: it
//! stays as the templates render it.

/// The interface language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    Ko,
    #[default]
    En,
}

impl Lang {
    /// Korean when the browser's preferred languages start with Korean,
    /// English otherwise.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        match preferred.into_iter().next() {
            Some(tag) if tag.to_ascii_lowercase().starts_with("ko") => Lang::Ko,
            _ => Lang::En,
        }
    }

    /// The other language, for the switch button.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown on the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Ko => "한국어",
            Lang::En => "English",
        }
    }
}

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    AppTitle,
    AppTagline,
    SwitchLanguage,
    Users,
    Articles,
    Comments,
    Follows,
    Likes,
    Username,
    Followings,
    Followers,
    Loading,
    NoUsers,
    DatabaseError,
}

impl Text {
    /// Every variant, for the completeness test.
    pub const ALL: [Text; 14] = [
        Text::AppTitle,
        Text::AppTagline,
        Text::SwitchLanguage,
        Text::Users,
        Text::Articles,
        Text::Comments,
        Text::Follows,
        Text::Likes,
        Text::Username,
        Text::Followings,
        Text::Followers,
        Text::Loading,
        Text::NoUsers,
        Text::DatabaseError,
    ];

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Text::AppTitle => ("Django ORM 쿼리 놀이터", "Django ORM Query Playground"),
            Text::AppTagline => (
                "브라우저 안의 SQLite에서 N+1 쿼리가 왜 생기는지 직접 확인하세요.",
                "See why a page sends 101 queries, on SQLite running in your browser.",
            ),
            Text::SwitchLanguage => ("English로 보기", "한국어로 보기"),
            Text::Users => ("사용자", "Users"),
            Text::Articles => ("게시글", "Articles"),
            Text::Comments => ("댓글", "Comments"),
            Text::Follows => ("팔로우", "Follows"),
            Text::Likes => ("좋아요", "Likes"),
            Text::Username => ("사용자 이름", "Username"),
            Text::Followings => ("팔로잉", "Following"),
            Text::Followers => ("팔로워", "Followers"),
            Text::Loading => ("데이터를 불러오는 중…", "Loading the data…"),
            Text::NoUsers => ("사용자가 없습니다.", "There are no users."),
            Text::DatabaseError => ("데이터베이스 오류", "Database error"),
        };
        match lang {
            Lang::Ko => ko,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for text in Text::ALL {
            let (ko, en) = (text.get(Lang::Ko), text.get(Lang::En));
            assert!(!ko.is_empty() && !en.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn korean_only_when_preferred_first() {
        let cases: [(&[&str], Lang); 4] = [
            (&["ko-KR", "en"], Lang::Ko),
            (&["KO"], Lang::Ko),
            (&["en-US", "ko"], Lang::En),
            (&[], Lang::En),
        ];
        for (preferred, expected) in cases {
            assert_eq!(
                Lang::from_preferences(preferred.iter().copied()),
                expected,
                "{preferred:?}"
            );
        }
    }
}
