// Situations for the problems beside the article's topics — logging in, a person, merchants, a
// child's spending, scams, banned accounts — told the way people tell them, in Chinese and English.
// Written before the catalog's phrases for these problems and never tuned against: the catalog's
// phrases must not repeat them (test/match/situations.test.ts checks), and a miss here is fixed by
// better general wording in the catalog, not by copying a sentence.

export interface Situation {
  text: string;
  /** The topic a right answer is about (any of these). */
  topics: string[];
  /** A need the words ask for (absent: none). */
  need?: string;
}

export const SITUATIONS: readonly Situation[] = [
  // Logging in: forgotten password, no SMS, a new number, a new phone — nothing stolen.
  { text: '好久没用微信 密码完全想不起来了', topics: ['login'] },
  { text: '登录的时候短信一直发不过来', topics: ['login'] },
  { text: '以前的手机号已经停用了 现在进不了微信', topics: ['login'] },
  { text: '买了新手机 微信要验证 可我没有旧手机了', topics: ['login'] },
  { text: '出国换了当地号码 微信登录验证收不到', topics: ['login', 'cross-border'] },
  { text: 'i cant remember my wechat password at all', topics: ['login'] },
  { text: 'the login code never comes to my phone', topics: ['login'] },
  { text: 'my old number is gone and wechat wants to text it', topics: ['login'] },
  { text: 'got a new phone and wechat wont let me sign in', topics: ['login'] },
  // Stolen words still win over logging in.
  { text: '有人把我密码改了 我现在登不上', topics: ['account-security'] },
  { text: 'somebody changed my password and now i cant get in', topics: ['account-security'] },
  // A person.
  { text: '有没有能打通的人工电话', topics: ['general'], need: 'human' },
  { text: '我只想跟真人说话', topics: ['general'], need: 'human' },
  { text: '支付的问题 要人工', topics: ['payment'], need: 'human' },
  { text: 'can i call someone at wechat', topics: ['general'], need: 'human' },
  { text: 'i need a real human not a bot', topics: ['general'], need: 'human' },
  { text: 'banned account, I want to speak to a person', topics: ['account-unblock'], need: 'human' },
  // Merchants.
  { text: '我开店用微信收款 商户号结算一直没到账', topics: ['merchant'] },
  { text: '商户平台提示交易受限 怎么解除', topics: ['merchant'] },
  { text: '微信支付的费率能不能调低', topics: ['merchant'] },
  { text: 'my shop cant get its wechat pay settlement', topics: ['merchant'] },
  { text: 'our merchant id was restricted by wechat pay', topics: ['merchant'] },
  { text: 'we accept wechat pay from chinese tourists at our store in paris', topics: ['merchant', 'cross-border'] },
  // A child's spending.
  { text: '孩子拿我手机给游戏充了几千块', topics: ['minor-spending'] },
  { text: '儿子偷偷打赏主播 能退吗', topics: ['minor-spending'] },
  { text: '未满十八岁的小孩乱花钱怎么申请退回', topics: ['minor-spending'] },
  { text: 'my 12 year old bought game credits with my wechat', topics: ['minor-spending'] },
  { text: 'can i get a refund, my daughter spent money without asking', topics: ['minor-spending'] },
  // Scams.
  { text: '对方说帮我刷信誉 我转了两万 现在拉黑我了', topics: ['fraud'] },
  { text: 'i paid a seller on wechat and they vanished', topics: ['fraud'] },
  // Banned accounts.
  { text: '打开微信提示账号已被限制登录', topics: ['account-unblock'] },
  { text: 'wechat locked me out for breaking the rules', topics: ['account-unblock'] },
];
