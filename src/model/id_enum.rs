//! The shape of every enum of fixed ids (roles, services, statuses).

/// An enum of fixed kebab-case ids with `ALL`, `id()`, `Display`, `FromStr`, `Serialize` and
/// clap's `ValueEnum`.
macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident, $what:literal { $($variant:ident => $id:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: [$name; [$($id),*].len()] = [$($name::$variant,)*];
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL.iter().copied().find(|v| v.id() == s).ok_or_else(|| {
                    format!(
                        "unknown {} {s:?}; expected one of: {}",
                        $what,
                        $name::ALL.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")
                    )
                })
            }
        }

        // The ids are the command line's values too, so they complete in every shell.
        impl ::clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                &$name::ALL
            }
            fn to_possible_value(&self) -> Option<::clap::builder::PossibleValue> {
                Some(::clap::builder::PossibleValue::new(self.id()))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
    };
}

pub(crate) use id_enum;
