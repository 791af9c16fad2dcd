from django.db import models


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    score = models.JSONField()
    published = models.FloatField()
    body = models.JSONField()
    length = models.BigIntegerField()
    nickname = models.CharField('nickname', max_length=50)
    owner = models.ForeignKey('events.Event', on_delete=models.CASCADE, related_name='orders_0')
    event_ref = models.ForeignKey('events.Event', on_delete=models.CASCADE, null=True, related_name='order_event_ref_set')

    class Meta:
        unique_together = ('score', 'event_ref')
        indexes = [models.Index(fields=['published', 'owner'])]

    def __str__(self):
        return f'{self.pk}: {self.nickname}'
