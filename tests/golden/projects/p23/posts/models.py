from django.db import models


class Post(models.Model):
    position = models.DateField()
    score = models.PositiveBigIntegerField()
    price = models.BigIntegerField(null=True, db_index=True)
    start = models.DateTimeField(verbose_name='start')
    memo = models.DecimalField(max_digits=8, decimal_places=0, null=True)
    question = models.OneToOneField('events.Question', on_delete=models.CASCADE, null=True, blank=True, related_name='post_question_set')
    writer = models.ForeignKey('articles.Category', on_delete=models.PROTECT, null=True, related_name='post_writer_set')
    fans = models.ManyToManyField('articles.Category', related_name='post_fans', blank=True)


class Event(models.Model):
    position = models.PositiveBigIntegerField(verbose_name='position')
    rank = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    content = models.JSONField(null=True)
    data = models.DecimalField(max_digits=5, decimal_places=2)
    start = models.DateField(verbose_name='start')

    class Meta:
        db_table = 'posts_events'
