//! Who may change a server's knowledge: its moderators.
//!
//! A moderator is a member with Manage Messages or Manage Server (Administrator implies both),
//! or with one of the roles in `MODERATOR_ROLE_IDS`. The permissions are those Discord computed
//! for the member in the channel and sent with the interaction (`member.permissions`), so the
//! check needs no HTTP call and no cache, and a channel override that grants Manage Messages
//! counts, as it does for deleting messages there.
//!
//! `/kb` also carries `default_member_permissions = MANAGE_MESSAGES`, which hides it from other
//! members in Discord's client; but a server's admins can change that, and a crafted or stale
//! client can still send the interaction. So this check runs in the bot on every `/kb` call and
//! every `/kb` autocomplete, and is the one that counts.

use serenity::all::{Member, Permissions, RoleId};

use super::{server, Context, UserError};
use crate::storage::{Actor, ServerId};

/// The permissions that make a member a moderator, any one of them.
const MODERATING: Permissions =
    Permissions::MANAGE_MESSAGES.union(Permissions::MANAGE_GUILD).union(Permissions::ADMINISTRATOR);

/// A moderator acting in a server: what a `/kb` command needs to change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moderator {
    pub guild: ServerId,
    /// Who to write in the audit log.
    pub actor: Actor,
}

/// Whether a member with `permissions` (as Discord computed them for the channel) and `roles`
/// moderates, given the configured moderator roles. Missing permissions count as none.
pub fn may_moderate(permissions: Option<Permissions>, roles: &[RoleId], moderator_roles: &[RoleId]) -> bool {
    permissions.is_some_and(|p| p.intersects(MODERATING)) || roles.iter().any(|r| moderator_roles.contains(r))
}

/// The moderator running this interaction, or why they are not one. Outside a server there is
/// no one to moderate for.
pub fn moderator(ctx: Context<'_>) -> Result<Moderator, UserError> {
    let guild = ctx.guild_id().ok_or(UserError::GuildOnly)?;
    let member: Option<&Member> = match ctx {
        poise::Context::Application(app) => app.interaction.member.as_deref(),
        poise::Context::Prefix(_) => None,
    };
    let member = member.ok_or(UserError::NotModerator)?;
    if !may_moderate(member.permissions, &member.roles, &ctx.data().config().moderator_roles) {
        return Err(UserError::NotModerator);
    }
    let user = ctx.author();
    Ok(Moderator { guild: server(guild), actor: Actor::new(user.id.get(), audit_name(&user.name, user.id.get())) })
}

/// The name to log for a Discord user: their username as one line of plain text (Discord's
/// own rules make it so; a crafted interaction might not), or their id if nothing is left.
fn audit_name(name: &str, id: u64) -> String {
    let plain: String = name.chars().filter(|&c| !crate::knowledge::rules::is_control(c)).collect();
    let plain: String = plain.trim().chars().take(crate::knowledge::rules::NAME_CHARS).collect();
    if plain.is_empty() {
        format!("user {id}")
    } else {
        plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logged_names_are_one_line_and_never_empty() {
        assert_eq!(audit_name("mod_ana", 6100), "mod_ana");
        assert_eq!(audit_name("ana\nforged\u{1b}[31m", 6100), "anaforged[31m");
        assert_eq!(audit_name(" \n", 6100), "user 6100");
    }

    #[test]
    fn manage_messages_manage_server_admin_or_a_listed_role() {
        let member = Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES;
        let roles = [RoleId::new(77)];
        assert!(!may_moderate(Some(member), &[], &roles));
        assert!(!may_moderate(None, &[RoleId::new(78)], &roles));
        assert!(may_moderate(Some(member | Permissions::MANAGE_MESSAGES), &[], &[]));
        assert!(may_moderate(Some(Permissions::MANAGE_GUILD), &[], &[]));
        assert!(may_moderate(Some(Permissions::ADMINISTRATOR), &[], &[]));
        assert!(may_moderate(Some(member), &[RoleId::new(78), RoleId::new(77)], &roles));
        assert!(may_moderate(None, &roles, &roles), "a listed role is enough without permissions");
        assert!(!may_moderate(Some(Permissions::BAN_MEMBERS | Permissions::KICK_MEMBERS), &[], &[]));
    }
}
