-- 月度“有效订单数”口径（与合同附件二 第 3.2 条一致）
-- 有效订单 = 当月支付成功 且 支付后 7 天内未退款 且 非内部测试账号
SELECT COUNT(*) AS valid_orders
FROM orders o
WHERE o.paid_at >= '2025-03-01' AND o.paid_at < '2025-04-01'
  AND o.status IN ('paid', 'refunded')
  AND NOT (o.status = 'refunded' AND o.refund_at < o.paid_at + INTERVAL '7 days')
  AND o.account_type <> 'internal_test';
-- 2025-03 结果：1180
