from django.db import models


class Article(models.Model):
    code = models.CharField(max_length=255)
    birthday = models.SmallIntegerField(default=0, blank=True, db_index=True)
    summary = models.TextField(blank=True)
    count = models.JSONField(default=dict)
    start = models.TextField(verbose_name='start', blank=True)
    status = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['summary'], name='article_summary_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.start}'


class Note(models.Model):
    start = models.FileField(upload_to='images/', blank=True)
    extra = models.TimeField()
    body = models.DateTimeField('body', auto_now=True)

    class Meta:
        ordering = ['-extra']


class Category(models.Model):
    count = models.BigIntegerField(db_index=True)
    email = models.TextField()
    attachment = models.DateField('attachment')

    class Meta:
        ordering = ['-attachment']
        indexes = [
            models.Index(fields=['email', 'count'], name='category_email_idx'),
        ]
