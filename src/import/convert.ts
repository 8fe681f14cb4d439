import { Document, isMap, isSeq, YAMLMap, type Node } from 'yaml';
import type { Registry } from '../checks/registry.js';
import { approversFor } from './approvers.js';
import { CheckChooser } from './checks.js';
import type { Outline, OutlineGroup, OutlineItem } from './outline.js';
import {
  APP_TARGET,
  decide,
  type Decision,
  documentFacts,
  storeHeading,
  MAX_RULE_TEXT,
  type DocumentFacts,
  type ItemFacts,
  type Mapping,
  type Stack,
} from './rules/index.js';
import { toolsOf } from './rules/commands.js';
import { saysState } from './rules/normalize.js';
import { IdAllocator, slugOf } from './slug.js';

export interface ImportSummary {
  items: number;
  automated: number;
  manual: number;
  skipped: number;
  /** Automated items whose mapping assumed something beyond the words (a comment in the file says what). */
  guessed: number;
  /** Markdown items that became several checks, each an item of its own. */
  split: number;
  /** Kinds an item would use that are not available, so the item stayed manual or used a simpler check. */
  unavailable: string[];
}

/** Why one Markdown item became what it became: what `--explain` prints. */
export interface Explanation {
  line: number;
  section: string;
  title: string;
  /** The ids of the definition's items it became (several when the item was split). */
  ids: string[];
  checks: Array<{ kind: string; rule: string; matched: string[]; note?: string; check: Mapping['check'] }>;
  /** Why it stays manual, when there is more to say than "no rule matched". */
  manual?: string;
}

interface ImportedItem {
  id: string;
  title: string;
  description?: string;
  check?: Mapping['check'];
  approvers?: { permission: string };
  why?: string;
  note?: string;
}

const lower = (s: string) => s.slice(0, MAX_RULE_TEXT).toLowerCase();

function factsOf(group: OutlineGroup, it: OutlineItem, doc: DocumentFacts): ItemFacts {
  const near = it.parent ?? group.path.at(-1) ?? '';
  return {
    text: lower(it.text.plain),
    raw: it.text.plain.slice(0, MAX_RULE_TEXT),
    code: it.text.code.slice(0, 16).map((c) => c.slice(0, MAX_RULE_TEXT)),
    context: lower([...group.path, it.parent ?? ''].join(' ')),
    near: lower(near),
    ...(it.details ? { details: lower(it.details) } : {}),
    ...(it.block ? { block: it.block.slice(0, 4 * MAX_RULE_TEXT) } : {}),
    doc,
  };
}

/**
 * "**All tests passed**" above "Automated validation: 95%", "Manual testing completed": a parent whose
 * nested items are tests of their own says they all passed, not that the test script does.
 */
function summarisesTests(
  own: { mappings: Mapping[] },
  it: OutlineItem,
  group: OutlineGroup,
  outline: Outline,
): boolean {
  if (!it.parentOfTasks || !own.mappings.some((m) => m.rule === 'command.tests-pass')) return false;
  const depth = group.path.length + 1;
  return outline.groups.some(
    (g) =>
      g.path.length === depth &&
      g.items.some(
        (c) =>
          c.parent === it.text.plain && c.line > it.line && /\btest|\bvalidat|\bverif/i.test(c.text.plain),
      ),
  );
}

/** A step that makes or pushes the release tag: "Create git tag", "Push release: `git push --tags`". */
const TAG_STEP =
  /\b(?:create|make|add|push)\w* (?:an? |the )?(?:annotated |signed )?(?:git |release |version )?tags?\b|\btag (?:the |a |this )?(?:release|version|commit)\b|\btag (?:and|&) (?:create|make|publish|push)\b|\bgit tag\b|\bgit push\b[^;]*--tags\b|\btags? (?:is |are )?(?:created|pushed|made)\b|\brelease (?:is )?tagged\b/;

/**
 * A tag made as a step ("Create git tag", "Tag the release", `git push --tags`), which orders the list:
 * what follows is done after it. A tag said to exist among other states ("Git tags created for version
 * tracking" beside "CHANGELOG.md updated") orders nothing.
 */
const STEP_FORM = /^[^a-z]*(?:\d+[.)]\s*)?(?:create|make|add|push|tag|cut|publish)\b|\bgit (?:tag|push)\b/;

/**
 * A step that merges the pull request ("Merge the changelog PR", "Merge release PR to `main`"): the items
 * after it in the list are the merged commit's, as after a tag.
 */
const MERGE_STEP =
  /^[^a-z]*merge (?:the |this |a |your )?(?:[\w-]+ )?(?:pr|pull request|merge request|branch|release)\b/;

/** Outline steps that come after the merge or the release: "Post-release", "After tagging", "After merge". */
const AFTER_RELEASE =
  /\bpost[- ]?(?:release|merge|tag\w*|publish\w*)\b|\bafter (?:the )?(?:release|merg\w*|tag\w*|publish\w*)\b/;

/**
 * "Make sure the CI is green for those commits" after "Push release: `git push --tags`" in the same list, or
 * under "Post-release": the release's own run after the tag, not the pull request's checks (the tag is made
 * after the merge, so a check on the pull request about it could never be what the item means).
 */
function afterTheTag(decision: Decision, it: OutlineItem, group: OutlineGroup, tagLine: number): Decision {
  const github = decision.mappings.filter((m) => m.check.kind.startsWith('github.'));
  if (github.length === 0) return decision;
  const tagged = tagLine < it.line;
  const after = AFTER_RELEASE.test(group.path.join(' ').toLowerCase());
  if (!tagged && !after) return decision;
  const mappings = decision.mappings.filter((m) => !github.includes(m));
  return mappings.length > 0
    ? { mappings }
    : {
        mappings,
        manual: tagged
          ? 'after the release tag or the merge in this list: the release run, not the pull request'
          : 'after the merge or the release: not a state of the pull request',
      };
}

const quote = (phrases: string[]) => phrases.map((p) => `"${p.replace(/\s+/g, ' ')}"`).join(', ');

/** Builds the definition a Markdown outline becomes, as a YAML document with a comment on every guess. */
export function outlineToYaml(
  outline: Outline,
  options: {
    registry: Registry;
    source: string;
    repoStack?: Stack;
    repoScripts?: string[];
    repoFiles?: string[];
  },
): { yaml: string; summary: ImportSummary; explanations: Explanation[] } {
  const chooser = new CheckChooser(options.registry);
  const ids = new IdAllocator();
  const sectionIds = new IdAllocator();
  const explanations: Explanation[] = [];
  const summary: ImportSummary = {
    items: 0,
    automated: 0,
    manual: 0,
    skipped: outline.skipped,
    guessed: 0,
    split: 0,
    unavailable: [],
  };
  // Variables a section lists under a platform's secret store ("Supabase Secrets") are that store's,
  // wherever else the document names them.
  const storeSecrets = outline.groups
    .filter((g) => storeHeading((g.path.at(-1) ?? '').toLowerCase()))
    .flatMap((g) => g.items.flatMap((i) => i.text.code.map((c) => c.trim())))
    .filter((c) => /^[A-Z][A-Z0-9_]+$/.test(c));
  const doc: DocumentFacts = {
    ...documentFacts(
      outline.groups.flatMap((g) => [g.title, ...g.items.map((i) => i.text.plain)]),
      options.repoStack,
      storeSecrets,
      outline.blocks,
    ),
    ...(options.repoScripts ? { scripts: options.repoScripts } : {}),
  };
  const tools = toolsOf(
    outline.groups.flatMap((g) => [g.title, ...g.items.map((i) => i.text.plain)]),
    options.repoFiles ?? [],
  );
  if (tools.length > 0) doc.tools = tools;
  const sections = outline.groups.map((group) => {
    // The first step of this list that makes or pushes the release tag, or merges the pull request, read
    // once per list, not per item.
    const tagLine = Math.min(
      ...group.items
        .filter((o) => {
          const words = `${o.text.plain} ${o.text.code.join(' ')}`.toLowerCase();
          return (TAG_STEP.test(words) && STEP_FORM.test(words)) || MERGE_STEP.test(words);
        })
        .map((o) => o.line),
    );
    const items: ImportedItem[] = [];
    for (const it of group.items) {
      const facts = factsOf(group, it, doc);
      // A parent box keeps its own claim ("**LICENSE file present**" above its details); one that only
      // names a group ("macOS verification") matches no rule and stays manual.
      // ("Build and test on a laptop:" ends with a colon: it introduces the steps below it, each a box.)
      const own =
        it.parentOfTasks && (!saysState(facts.text) || /:\s*$/.test(it.text.plain))
          ? undefined
          : decide(facts);
      const decided =
        own && (own.mappings.length > 0 || !it.parentOfTasks) && !summarisesTests(own, it, group, outline)
          ? own
          : { mappings: [], manual: 'its nested items carry the checks' };
      const decision = afterTheTag(decided, it, group, tagLine);
      const chosen: Mapping[] = [];
      let unavailable: string | undefined;
      for (const proposed of decision.mappings) {
        const c = chooser.choose(proposed);
        if (c.unavailable) unavailable ??= c.unavailable;
        if (c.unavailable && !summary.unavailable.includes(c.unavailable))
          summary.unavailable.push(c.unavailable);
        if (c.mapping) chosen.push(c.mapping);
      }
      summary.items += 1;
      const description = it.parent ? `Part of: ${it.parent}` : undefined;
      const explanation: Explanation = {
        line: it.line,
        section: group.title,
        title: it.text.markdown,
        ids: [],
        checks: [],
      };
      explanations.push(explanation);
      if (chosen.length === 0) {
        summary.manual += 1;
        const id = ids.take(it.text.plain, 'item');
        explanation.ids.push(id);
        const manual =
          decision.manual ??
          (unavailable ? `${unavailable} would check this; it is not available here` : undefined);
        if (manual) explanation.manual = manual;
        items.push({
          id,
          title: it.text.markdown,
          ...(description ? { description } : {}),
          approvers: approversFor(facts.text, facts.context),
          ...(unavailable ? { note: `${unavailable} would check this; it is not available here` } : {}),
        });
        continue;
      }
      summary.automated += 1;
      if (chosen.length > 1) summary.split += 1;
      chosen.forEach((mapping, i) => {
        const id = ids.take(it.text.plain, 'item');
        explanation.ids.push(id);
        const fellBack =
          mapping !== decision.mappings[i] && unavailable
            ? `${unavailable} is not available here`
            : undefined;
        const note = [mapping.note, fellBack].filter(Boolean).join('; ') || undefined;
        if (note && i === 0) summary.guessed += 1;
        explanation.checks.push({
          kind: mapping.check.kind,
          rule: mapping.rule,
          matched: mapping.matched,
          ...(note ? { note } : {}),
          check: mapping.check,
        });
        const splitNote =
          chosen.length > 1 ? `Check ${i + 1} of ${chosen.length} of one Markdown item.` : undefined;
        const desc = [description, splitNote].filter(Boolean).join(' ') || undefined;
        items.push({
          id,
          title: chosen.length > 1 ? `${it.text.markdown} (${i + 1}/${chosen.length})` : it.text.markdown,
          ...(desc ? { description: desc } : {}),
          check: mapping.check,
          why: `${mapping.rule}: matched ${quote(mapping.matched)}`,
          note,
        });
      });
    }
    return { id: sectionIds.take(group.plain, 'section'), title: group.title, items };
  });
  const usesApp = sections.some((s) => s.items.some((i) => i.check?.target === APP_TARGET));
  return { yaml: render(outline, sections, usesApp, options.source), summary, explanations };
}

function render(
  outline: Outline,
  sections: Array<{ id: string; title: string; items: ImportedItem[] }>,
  usesApp: boolean,
  source: string,
): string {
  const title = outline.title ?? source.replace(/\.[^.]*$/, '');
  const doc = new Document(
    {
      id: slugOf(title, 'imported'),
      title,
      ...(usesApp ? { targets: { [APP_TARGET]: '${API_URL}' } } : {}),
      sections: sections.map((s) => ({
        id: s.id,
        title: s.title,
        items: s.items.map(({ note: _note, why: _why, ...rest }) => rest),
      })),
    },
    { aliasDuplicateObjects: false },
  );
  doc.commentBefore = [
    ` Imported from ${source} by \`preflight import\`.`,
    ' Items with a check run automatically; people tick the others in the pull request comment.',
    ' Above each check, "why" names the rule and the words of the item it matched;',
    ' "guessed" marks what the rule assumed beyond those words: review those first.',
    ' `preflight import --explain` prints the same for every item, manual ones included.',
  ].join('\n');
  const root = doc.contents as YAMLMap;
  if (usesApp) {
    const targets = root.get('targets', true) as Node;
    targets.commentBefore =
      " The service under test: set API_URL in the job, pass the action's `targets` input, or write the URL here.";
  }
  const sectionNodes = root.get('sections', true);
  if (isSeq(sectionNodes)) {
    sectionNodes.items.forEach((sectionNode, si) => {
      const itemsNode = isMap(sectionNode) ? sectionNode.get('items', true) : undefined;
      if (!isSeq(itemsNode)) return;
      itemsNode.items.forEach((itemNode, ii) => {
        if (!isMap(itemNode)) return;
        const check = itemNode.get('check', true) as Node | undefined;
        if (check && isMap(check)) flowShortLists(check);
        const approvers = itemNode.get('approvers', true);
        if (isMap(approvers)) approvers.flow = true;
        const item = sections[si]?.items[ii];
        const lines = [
          item?.why ? ` why: ${oneLine(item.why)}` : '',
          item?.note ? ` guessed: ${oneLine(item.note)}` : '',
        ].filter(Boolean);
        const at = check ?? (approvers as Node | undefined);
        if (lines.length > 0 && at) at.commentBefore = lines.join('\n');
      });
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** A comment stays one line: text from the Markdown never starts a YAML line of its own. */
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** Lists of strings in a check print on one line: `paths: [a, b]`. */
function flowShortLists(map: YAMLMap): void {
  for (const pair of map.items) if (isSeq(pair.value)) pair.value.flow = true;
}
