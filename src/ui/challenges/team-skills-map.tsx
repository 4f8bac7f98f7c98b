import type { TeamSkill } from '../../core/challenges/team-board';
import { SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';

/**
 * The team's skills, pooled over every agent, weakest first. A table, with a bar in each score
 * cell for the eye (hidden from screen readers, which read the number).
 */
export function TeamSkillsMap({ skills }: { skills: readonly TeamSkill[] }) {
  const { t, pick } = useI18n();
  if (skills.length === 0) return <p className="muted">{t('board.noSkills')}</p>;
  return (
    <div className="cc-table-scroll">
      <table className="cc-table cc-skills" data-testid="team-skills">
        <caption>{t('board.skills')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.skill')}</th>
            <th scope="col">{t('board.teamScore')}</th>
            <th scope="col">{t('board.decisions')}</th>
            <th scope="col">{t('board.agents')}</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => (
            <tr key={skill.skill} data-skill={skill.skill}>
              <th scope="row">{pick(SKILLS[skill.skill].label)}</th>
              <td className="cc-skills__score">
                <span className="cc-bar" aria-hidden="true">
                  <span className={`cc-bar__fill${skill.score < 50 ? ' cc-bar__fill--weak' : ''}`} style={{ width: `${Math.max(0, Math.min(100, skill.score))}%` }} />
                </span>
                <span className="cc-num">{skill.score}</span>
              </td>
              <td className="cc-num">{skill.decisions}</td>
              <td className="cc-num">{skill.agents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
