import type { LocalizedText } from "../types";
import { VALUE_TIERS } from "../value";
import type { ValueTier } from "../value";
import type { Cadence, MeasureKey, PlaybookKey, RaciTemplate, RoleSlot, Situation } from "./types";

/** A SMART goal a playbook entry sets for its group. */
export interface PlaybookGoal {
  readonly title: LocalizedText;
  /** `half`: due at the review of quarter ⌈quarters / 2⌉ (urgent work); `full`: at the end of the plan. */
  readonly horizon: "half" | "full";
}

/** What the plan does for one value tier or situation. The owner is the accountable role, `raci.A`. */
export interface PlaybookEntry {
  readonly key: PlaybookKey;
  readonly kind: "tier" | "situation";
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly objective: LocalizedText;
  /** 3 to 5 concrete actions, most important first. */
  readonly actions: readonly LocalizedText[];
  readonly resources: LocalizedText;
  /** Share of the account team's resources; value tiers only, adding up to 1. */
  readonly resourceShare?: number;
  /** RACI of the strategy's execution task. */
  readonly raci: RaciTemplate;
  readonly cadence: Cadence;
  readonly measure: MeasureKey;
  readonly goal?: PlaybookGoal;
}

const t = (en: string, zh: string): LocalizedText => ({ en, zh });

const raci = (
  A: RoleSlot,
  R: readonly RoleSlot[],
  C: readonly RoleSlot[] = [],
  I: readonly RoleSlot[] = [],
): RaciTemplate => ({ A, R, C, I, informExtraRoles: false });

/** A tier entry: label, description, resources and the first actions come from `VALUE_TIERS`. */
function tier(
  key: ValueTier,
  entry: Omit<PlaybookEntry, "key" | "kind" | "label" | "description" | "resources" | "actions"> & {
    readonly moreActions: readonly LocalizedText[];
  },
): PlaybookEntry {
  const info = VALUE_TIERS[key];
  const { moreActions, ...rest } = entry;
  return {
    key,
    kind: "tier",
    label: info.label,
    description: info.description,
    resources: info.resources,
    actions: [...info.strategies, ...moreActions],
    ...rest,
  };
}

function situation(key: Situation, entry: Omit<PlaybookEntry, "key" | "kind">): PlaybookEntry {
  return { key, kind: "situation", ...entry };
}

/**
 * The playbook (data): for each value tier and each customer situation, the objective, 3–5
 * actions, resources, RACI (whose A is the owner), review cadence, the measure it is tracked by
 * and, for the four groups that matter most, the SMART goal it sets.
 *
 * Sources: the actions follow the seeds (002: 深耕战略客户 / 高层对话, 培育高潜力客户, 提升客单价与
 * 交叉销售, 流失预警与挽回措施 (紧急响应团队介入、个性化补偿方案); 003: 个性化服务、优先服务通道;
 * 低成本触达低效客户). Tier entries reuse the labels, descriptions, resource texts and strategies of
 * `VALUE_TIERS` and add the seeds' further actions. Resource shares follow the split reported for
 * Chinese key-account practice: strategic 60 %, high potential 25 %, ordinary (basic) 15 %;
 * low-efficiency customers get no dedicated account-team time (low-cost channels only), so the
 * shares add up to 1. Situations draw on the budget of the tiers their customers are in.
 *
 * Goals: strategic accounts (keep them active), high-potential customers (reach the strategic
 * profit line), valuable customers at risk (cut the churn-risk share, due at mid-plan) and new or
 * developing customers (repeat purchase, due at mid-plan).
 *
 * @example
 * PLAYBOOK.find((e) => e.key === "winBack")?.goal?.title.zh // => "挽回高价值流失风险客户"
 */
export const PLAYBOOK: readonly PlaybookEntry[] = Object.freeze([
  tier("strategic", {
    objective: t(
      "Deepen strategic accounts and keep every one of them active.",
      "深耕战略客户，确保每一家都保持活跃。",
    ),
    moreActions: [
      t(
        "Hold quarterly executive meetings with the customer's decision makers and share industry insight.",
        "每季度与客户关键决策人进行高层对话，分享行业洞察。",
      ),
      t(
        "Give them a priority service channel with committed response times (SLA).",
        "提供优先服务通道，并承诺响应时效（SLA）。",
      ),
    ],
    resourceShare: 0.6,
    raci: raci("sales", ["service", "technical"], ["management", "finance"], ["marketing"]),
    cadence: "monthly",
    measure: "activeShare",
    goal: { title: t("Protect strategic accounts", "巩固战略客户"), horizon: "full" },
  }),
  tier("highPotential", {
    objective: t(
      "Cultivate high-potential customers into strategic ones by raising their profit contribution.",
      "培育高潜力客户，提升其利润贡献，使其成长为战略客户。",
    ),
    moreActions: [
      t(
        "Map the decision chain and needs with interviews at each level (decision makers, buyers, users).",
        "通过分层访谈（决策层、采购、使用部门）梳理决策链和需求。",
      ),
    ],
    resourceShare: 0.25,
    raci: raci("sales", ["marketing", "technical"], ["finance"], ["management", "service"]),
    cadence: "quarterly",
    measure: "upgradeShare",
    goal: { title: t("Cultivate high-potential customers", "培育高潜力客户"), horizon: "full" },
  }),
  tier("basic", {
    objective: t(
      "Keep basic customers profitable at a low cost to serve, and raise their order value where possible.",
      "以较低的服务成本保持基础型客户的盈利，并尽可能提升客单价。",
    ),
    moreActions: [t("Raise the order value with bundles and tiered prices.", "通过捆绑销售和阶梯定价提升客单价。")],
    resourceShare: 0.15,
    raci: raci("service", ["sales"], ["marketing"], ["finance"]),
    cadence: "quarterly",
    measure: "activeShare",
  }),
  tier("lowEfficiency", {
    objective: t(
      "Serve low-efficiency customers at the lowest cost and stop losses.",
      "以最低成本服务低效客户，止住亏损。",
    ),
    moreActions: [
      t(
        "Reach them through low-cost channels: mass e-mail, online ordering, automated offers.",
        "通过群发邮件、线上下单、自动化优惠等低成本渠道触达。",
      ),
    ],
    resourceShare: 0,
    raci: raci("marketing", ["service"], ["finance", "sales"], ["management"]),
    cadence: "halfYearly",
    measure: "lossShare",
  }),
  situation("keep", {
    label: t("Best customers", "核心价值客户"),
    description: t(
      "Recent, frequent and high-spending customers (the best RFM segment).",
      "最近有购买、购买频繁且消费金额高的客户（RFM 最优客群）。",
    ),
    objective: t("Keep and reward the best customers.", "保持并回馈最优质的客户。"),
    actions: [
      t("VIP service and a dedicated account manager.", "提供 VIP 服务和专属客户经理。"),
      t("Early access to new products and joint planning.", "新品抢先体验，开展联合规划。"),
      t("Ask for referrals and build joint success stories.", "邀请其推荐新客户，共建成功案例。"),
    ],
    resources: t(
      "From the strategic budget: account-manager time and VIP service.",
      "来自战略型客户预算：客户经理时间与 VIP 服务。",
    ),
    raci: raci("sales", ["service"], ["management"], ["marketing"]),
    cadence: "monthly",
    measure: "activeShare",
  }),
  situation("grow", {
    label: t("Frequent buyers to grow", "可提升客单价客户"),
    description: t(
      "Customers who buy recently and often but spend little per order.",
      "近期有购买、购买频繁但单次消费较低的客户。",
    ),
    objective: t(
      "Raise the order value of frequent buyers with cross-selling and upselling.",
      "通过交叉销售和向上销售提升高频客户的客单价。",
    ),
    actions: [
      t(
        "Recommend complementary products based on purchase history (cross-selling).",
        "基于购买记录推荐互补产品（交叉销售）。",
      ),
      t(
        "Offer value-added service packages and volume-based tiered prices.",
        "提供增值服务包和按采购量分级的阶梯价格。",
      ),
      t("Present higher-value product lines at regular business reviews.", "在定期业务回顾中推介更高价值的产品线。"),
    ],
    resources: t(
      "Marketing campaigns and sales time from the high-potential and basic budgets.",
      "来自高潜力型与基础型预算的营销活动和销售时间。",
    ),
    raci: raci("sales", ["marketing"], ["technical", "finance"], ["service"]),
    cadence: "quarterly",
    measure: "averageOrderValue",
  }),
  situation("develop", {
    label: t("New and developing customers", "新客户与发展客户"),
    description: t("Customers who bought recently but not often yet.", "近期有购买、但购买次数还不多的客户。"),
    objective: t("Turn new and developing customers into repeat buyers.", "将新客户和发展客户转化为重复购买的客户。"),
    actions: [
      t(
        "Onboard every new customer within two weeks: a welcome call and support with first use.",
        "两周内完成新客引导：欢迎电话、首次使用支持。",
      ),
      t("Give an incentive for the second purchase.", "给予第二次购买的激励。"),
      t("Find unmet needs in interviews and propose tailored solutions.", "通过访谈挖掘未满足的需求，提出定制化方案。"),
      t("Follow up every month until the customer buys again.", "每月跟进，直到客户再次购买。"),
    ],
    resources: t(
      "Onboarding by service, campaigns by marketing; from the high-potential budget.",
      "客服负责新客引导，市场负责营销活动；来自高潜力型预算。",
    ),
    raci: raci("sales", ["marketing", "service"], ["technical"], ["finance"]),
    cadence: "monthly",
    measure: "repeatShare",
    goal: { title: t("Develop new customers", "发展新客户"), horizon: "half" },
  }),
  situation("reactivate", {
    label: t("Slipping customers", "需激活客户"),
    description: t(
      "Customers whose purchases are slowing down and who may slip away without contact.",
      "购买在放缓、若不跟进可能流失的客户。",
    ),
    objective: t("Re-engage slipping customers before they lapse.", "在客户流失前重新激活购买放缓的客户。"),
    actions: [
      t(
        "Contact each customer this month to check satisfaction and upcoming needs.",
        "本月内逐一联系，了解满意度和近期需求。",
      ),
      t("Send limited-time offers based on past purchases.", "基于历史购买推送限时优惠。"),
      t("Track activity every month with the churn early-warning list.", "每月根据流失预警清单跟踪客户活跃度。"),
    ],
    resources: t("Service and marketing time from the basic budget.", "来自基础型预算的客服与市场人力。"),
    raci: raci("service", ["sales"], ["marketing"], ["management"]),
    cadence: "monthly",
    measure: "churnRiskShare",
  }),
  situation("winBack", {
    label: t("Valuable customers at risk", "有流失风险的高价值客户"),
    description: t(
      "Customers who bought much or often but have not come back for a long time.",
      "曾经购买金额高或购买频繁、但已很久没有回购的客户。",
    ),
    objective: t("Win back valuable customers at risk of churn.", "挽回有流失风险的高价值客户。"),
    actions: [
      t("Visit within two weeks and find out why they stopped buying.", "两周内拜访，查明停止购买的原因。"),
      t(
        "Bring in management for the largest accounts (executive visit).",
        "对规模最大的客户由管理层出面沟通（高层拜访）。",
      ),
      t(
        "Offer a personalised win-back plan: renewal terms, service improvements, compensation where due.",
        "提出个性化挽回方案：续约条件、服务改进、必要的补偿。",
      ),
      t("Put the emergency response team on open complaints.", "对未解决的投诉启动紧急响应团队。"),
    ],
    resources: t(
      "Account-manager and management time from the strategic and high-potential budgets.",
      "来自战略型与高潜力型预算的客户经理和管理层时间。",
    ),
    raci: raci("sales", ["service"], ["management", "finance"], ["marketing"]),
    cadence: "monthly",
    measure: "churnRiskShare",
    goal: { title: t("Win back valuable customers at risk", "挽回高价值流失风险客户"), horizon: "half" },
  }),
  situation("lowCost", {
    label: t("Lapsed low-value customers", "沉睡低价值客户"),
    description: t("Customers who bought little, rarely and long ago.", "消费金额低、购买次数少且很久未购买的客户。"),
    objective: t(
      "Reach lapsed low-value customers at low cost; stop spending where it does not pay.",
      "以低成本触达沉睡的低价值客户；没有回报就停止投入。",
    ),
    actions: [
      t(
        "Run one low-cost win-back campaign (mass e-mail, automated offers).",
        "开展一次低成本挽回活动（群发邮件、自动化优惠）。",
      ),
      t("Move the remaining business to online ordering or to a distributor.", "将剩余业务转为线上下单或交由经销商。"),
      t("Stop active spending on customers who do not respond.", "对没有回应的客户停止主动投入。"),
    ],
    resources: t("Marketing automation only; no account-team time.", "仅使用营销自动化，不占用客户团队时间。"),
    raci: raci("marketing", ["service"], ["sales"], ["finance"]),
    cadence: "quarterly",
    measure: "lossShare",
  }),
]);
